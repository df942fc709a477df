import { describe, expect, it } from 'vitest';
import { transliterate } from './transliterate.ts';

describe('transliterate', () => {
  it('writes the three current counties without an English name readably', () => {
    // OSM has no name:en for these three (../shared/data/iran/counties.geojson); their usual English
    // names are Jazmurian, Marvast and Ganbaki: with unwritten short vowels, the letters give what they can.
    expect(transliterate('جازموریان')).toBe('Jazmurian');
    expect(transliterate('مروست')).toBe('Mrust');
    expect(transliterate('گنبکی')).toBe('Gnbki');
  });

  it('reads و and ی as consonants at the start and after a long vowel, as vowels between consonants', () => {
    expect(transliterate('ورامین')).toBe('Vramin');
    expect(transliterate('یزد')).toBe('Yzd');
    expect(transliterate('کوهدشت')).toBe('Kuhdsht');
    expect(transliterate('ایجرود')).toBe('Ijrud');
    expect(transliterate('اورامان')).toBe('Uraman');
    expect(transliterate('شیراز')).toBe('Shiraz');
  });

  it('keeps the two-letter consonants, the final silent h, and digits', () => {
    expect(transliterate('خرمشهر')).toBe('Khrmshhr');
    expect(transliterate('چابهار')).toBe('Chabhar');
    expect(transliterate('سه')).toBe('Seh');
    expect(transliterate('منطقه ۲')).toBe('Mntgheh 2');
  });

  it('capitalises each word, joins half-spaced parts with a hyphen and passes other scripts through', () => {
    expect(transliterate('نجف‌آباد')).toBe('Njf-abad');
    expect(transliterate('بندر عباس')).toBe('Bndr Bas');
    expect(transliterate('Tehran')).toBe('Tehran');
    expect(transliterate('كرمان')).toBe('Krman');
  });
});
