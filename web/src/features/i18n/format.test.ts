import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatSolarHijriText, localName } from './format.ts';

describe('formatting per language', () => {
  it('writes Persian digits and separators in fa, Latin ones in en', () => {
    expect(formatNumber('fa', 1234.56, 1)).toBe('۱٬۲۳۴٫۶');
    expect(formatNumber('en', 1234.56, 1)).toBe('1,234.6');
  });

  it('shows ISO dates in the Solar Hijri calendar in fa and the Gregorian one in en', () => {
    expect(formatDate('fa', '2026-11-22T04:07:29Z')).toBe('۱ آذر ۱۴۰۵');
    expect(formatDate('en', '2026-11-22T04:07:29Z')).toBe('22 November 2026');
  });

  it('keeps the source’s own Solar Hijri date as written, naming the calendar in en', () => {
    expect(formatSolarHijriText('fa', '1398-07-17', 'هجری خورشیدی')).toBe('۱۳۹۸/۰۷/۱۷');
    expect(formatSolarHijriText('en', '1404-05', 'Solar Hijri')).toBe('1404/05 (Solar Hijri)');
  });

  it('falls back to a marked transliteration of the Persian name where there is no English one', () => {
    expect(localName('en', { name_fa: 'ایجرود', name_en: 'Ijrud' })).toBe('Ijrud');
    expect(localName('en', { name_fa: 'ایجرود', name_en: null })).toBe('Ijrud†');
    expect(localName('en', { name_fa: 'مروست', name_en: '' })).toBe('Mrust†');
    expect(localName('fa', { name_fa: 'ایجرود', name_en: 'Ijrud' })).toBe('ایجرود');
  });
});
