import { describe, expect, it } from 'vitest';
import { countyNameEn, countyNameFa } from './load-current.ts';

describe('OSM county names', () => {
  it('drops the «شهرستان» prefix of the Persian name', () => {
    expect(countyNameFa('شهرستان آشتیان')).toBe('آشتیان');
    expect(countyNameFa('شهرستان  شاهین شهر و میمه')).toBe('شاهین شهر و میمه');
    expect(countyNameFa('ایجرود')).toBe('ایجرود');
  });

  it('drops the "County" (or "city") suffix of the English name, null when there is none', () => {
    expect(countyNameEn('Ashtian County')).toBe('Ashtian');
    expect(countyNameEn('Chegeni county')).toBe('Chegeni');
    expect(countyNameEn('Ardabil city')).toBe('Ardabil');
    expect(countyNameEn('Hurand')).toBe('Hurand');
    expect(countyNameEn(null)).toBeNull();
    expect(countyNameEn('  ')).toBeNull();
  });
});
