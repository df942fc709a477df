import { describe, expect, it } from 'vitest';
import { compactPersianName, countyNameKey, normalisePersianName } from './persian-name.ts';

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

describe('countyNameKey', () => {
  it('matches the spellings of the 2011 and 2016 census tables', () => {
    // Arabic-keyboard yeh with hamza and a space: «قائم شهر» (2016) / «قایمشهر» (2011).
    expect(countyNameKey('قائم شهر')).toBe(countyNameKey('قایمشهر'));
    expect(countyNameKey('بوئین زهرا')).toBe(countyNameKey('بویینزهرا'));
    expect(countyNameKey('شيروان وچرداول')).toBe(countyNameKey('شیروان و چرداول'));
    expect(countyNameKey('کرمانشاه')).toBe(countyNameKey('كرمانشاه'));
  });

  it('drops the word «شهرستان» and zero-width non-joiners', () => {
    expect(countyNameKey('شهرستان اهواز')).toBe(countyNameKey('اهواز'));
    expect(countyNameKey('شهرستان شاهین\u200Cشهر و میمه')).toBe(countyNameKey('شاهین شهر و میمه'));
  });

  it('keeps different counties apart', () => {
    expect(countyNameKey('زابل')).not.toBe(countyNameKey('زابلی'));
    expect(countyNameKey('سوادکوه')).not.toBe(countyNameKey('سوادکوه شمالی'));
    // A county whose name merely starts with the letters of «شهر» keeps them.
    expect(countyNameKey('شهرکرد')).toBe('شهرکرد');
  });
});
