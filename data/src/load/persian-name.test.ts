import { describe, expect, it } from 'vitest';
import { compactPersianName, normalisePersianName } from './persian-name.ts';

describe('normalisePersianName', () => {
  it('maps Arabic yeh and kaf to the Persian letters', () => {
    expect(normalisePersianName('كرمانشاه')).toBe('کرمانشاه');
    expect(normalisePersianName('زنجاني')).toBe('زنجانی');
    expect(normalisePersianName('بوئين')).toBe(normalisePersianName('بویین'));
  });

  it('removes zero-width non-joiners, tatweel and diacritics', () => {
    expect(normalisePersianName('شاهین\u200Cشهر')).toBe('شاهینشهر');
    expect(normalisePersianName('اصفـــهان')).toBe('اصفهان');
    expect(normalisePersianName('مَشهَد')).toBe('مشهد');
  });

  it('collapses and trims white space', () => {
    expect(normalisePersianName('  آران   و\tبیدگل ')).toBe('آران و بیدگل');
  });

  it('leaves an already normal name unchanged', () => {
    expect(normalisePersianName('خور و بیابانک')).toBe('خور و بیابانک');
  });
});

describe('compactPersianName', () => {
  it('treats a name written apart and together as the same', () => {
    expect(compactPersianName('ماه نشان')).toBe(compactPersianName('ماهنشان'));
    expect(compactPersianName('شاهین\u200Cشهر')).toBe(compactPersianName('شاهین شهر'));
  });
});
