import { describe, expect, it } from 'vitest';
import { latinDigits, parseBoolean, parseDate, parseNumber, parseText } from './parseCell.ts';

describe('import cells', () => {
  it('reads Persian and Arabic-Indic digits and separators', () => {
    expect(latinDigits('۱۲۳ و ١٢٣')).toBe('123 و 123');
    expect(parseNumber('۱۲٬۳۴۵٫۵')).toEqual({ ok: true, value: 12345.5 });
    expect(parseNumber('1,500,000')).toEqual({ ok: true, value: 1_500_000 });
    expect(parseNumber('۴۰%')).toEqual({ ok: true, value: 40 });
    expect(parseNumber('forty').ok).toBe(false);
  });

  it('converts Solar Hijri dates and accepts ISO dates and spreadsheet serials', () => {
    expect(parseDate('۱۴۰۲/۰۵/۱۲')).toEqual({ ok: true, value: '2023-08-03' });
    expect(parseDate('1403-01-01')).toEqual({ ok: true, value: '2024-03-20' });
    expect(parseDate('1399/12/30')).toEqual({ ok: true, value: '2021-03-20' }); // 1399 is a leap year
    expect(parseDate('1400/12/30').ok).toBe(false);
    expect(parseDate('1402/13/01').ok).toBe(false);
    expect(parseDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDate('2023-02-29').ok).toBe(false);
    expect(parseDate(45292)).toEqual({ ok: true, value: '2024-01-01' });
    expect(parseDate('next spring').ok).toBe(false);
  });

  it('reads yes and no in both languages, and undoes the export’s formula guard', () => {
    expect(parseBoolean('بله')).toEqual({ ok: true, value: true });
    expect(parseBoolean('خیر')).toEqual({ ok: true, value: false });
    expect(parseBoolean('TRUE')).toEqual({ ok: true, value: true });
    expect(parseBoolean('maybe').ok).toBe(false);
    expect(parseText("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(parseText("'quoted'")).toBe("'quoted'");
  });
});
