import { describe, expect, it } from 'vitest';
import { formatDay } from './formatDay.ts';
import { formatSolarHijriInput, isoToSolarHijri, parseDateText, todayIso } from './solarHijri.ts';

// Known pairs, checked against the Iranian official calendar (1399 is a leap year, 1402 is not).
const pairs: [string, string][] = [
  ['1403/01/01', '2024-03-20'],
  ['1402/12/29', '2024-03-19'],
  ['1399/12/30', '2021-03-20'],
  ['1404/01/01', '2025-03-21'],
  ['1403/05/12', '2024-08-02'],
];

describe('Solar Hijri ↔ ISO', () => {
  it.each(pairs)('%s is %s', (solar, iso) => {
    expect(parseDateText(solar, 'fa')).toEqual({ iso });
    const [year, month, day] = solar.split('/').map(Number);
    expect(isoToSolarHijri(iso)).toEqual({ year, month, day });
  });

  it('reads Persian and Arabic-Indic digits, dashes, one-digit months and bidi marks', () => {
    for (const text of [
      '۱۴۰۳/۰۵/۱۲',
      '١٤٠٣-٥-١٢',
      '1403-5-12',
      ' ۱۴۰۳/۵/۱۲ ',
      '\u200f۱۴۰۳/۰۵/۱۲',
      '۱۴۰۳.۰۵.۱۲',
    ])
      expect(parseDateText(text, 'fa'), text).toEqual({ iso: '2024-08-02' });
  });

  it('takes a year from 1700 on as Gregorian in fa, as the import does', () => {
    expect(parseDateText('2024/08/02', 'fa')).toEqual({ iso: '2024-08-02' });
  });

  it('refuses days that do not exist and text that is no date', () => {
    expect(parseDateText('1403/13/01', 'fa')).toEqual({ error: 'invalid' });
    expect(parseDateText('1402/12/30', 'fa')).toEqual({ error: 'invalid' });
    expect(parseDateText('1403/07/31', 'fa')).toEqual({ error: 'invalid' });
    expect(parseDateText('1403/00/10', 'fa')).toEqual({ error: 'invalid' });
    // Outside what the API accepts (1900–2199).
    expect(parseDateText('1200/01/01', 'fa')).toEqual({ error: 'invalid' });
    for (const text of ['', 'garbage', '1403/05', '۱۴۰۳/۰۵/۱۲/۱', '03/05/12', '1403 05 12x', '۱۴۰۳–۰۵–۱۲'])
      expect(parseDateText(text, 'fa'), text).toEqual({ error: 'format' });
  });

  it('reads ISO dates in en and points a Solar Hijri year at the format', () => {
    expect(parseDateText('2024-08-02', 'en')).toEqual({ iso: '2024-08-02' });
    expect(parseDateText('۲۰۲۴-۰۸-۰۲', 'en')).toEqual({ iso: '2024-08-02' });
    expect(parseDateText('2023-02-29', 'en')).toEqual({ error: 'invalid' });
    expect(parseDateText('2024-02-29', 'en')).toEqual({ iso: '2024-02-29' });
    expect(parseDateText('1403-05-12', 'en')).toEqual({ error: 'format' });
    expect(parseDateText('02/08/2024', 'en')).toEqual({ error: 'format' });
  });

  it('formats the input text: Persian digits in fa, ISO in en', () => {
    expect(formatSolarHijriInput('2024-08-02', 'fa')).toBe('۱۴۰۳/۰۵/۱۲');
    expect(formatSolarHijriInput('2021-03-20', 'fa')).toBe('۱۳۹۹/۱۲/۳۰');
    expect(formatSolarHijriInput('2024-08-02', 'en')).toBe('2024-08-02');
    // What it writes, it reads back.
    for (const [, iso] of pairs)
      expect(parseDateText(formatSolarHijriInput(iso, 'fa'), 'fa')).toEqual({ iso });
  });

  it('throws on text that is not an ISO date', () => {
    expect(() => isoToSolarHijri('2023-02-29')).toThrow(RangeError);
    expect(() => isoToSolarHijri('1403/05/12')).toThrow(RangeError);
  });

  it('takes today from the local clock', () => {
    expect(todayIso(new Date(2025, 2, 21, 0, 30))).toBe('2025-03-21');
  });
});

describe('formatDay', () => {
  it('names a day in either calendar, in either language, whatever the time zone', () => {
    expect(formatDay('fa', '2024-08-02')).toBe('۱۲ مرداد ۱۴۰۳');
    expect(formatDay('fa', '2024-08-02', 'gregory')).toBe('۲ اوت ۲۰۲۴');
    expect(formatDay('en', '2024-08-02')).toBe('2 August 2024');
    expect(formatDay('en', '2024-08-02', 'persian')).toContain('1403');
  });
});
