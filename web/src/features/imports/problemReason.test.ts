import { describe, expect, it } from 'vitest';
import { importsEn, importsFa } from './messages.ts';
import { problemReason } from './problemReason.ts';

// Reasons exactly as server/src/imports and the project schema word them; a rewording of the server's
// text that no longer matches shows up here as the English original coming back unchanged.
const reasons = [
  'missing: every project needs a Persian title',
  'missing',
  'unknown sector; known: agriculture, energy, water',
  'unknown status; known: idea, study, approved (or existing)',
  'is not a number',
  'is not a date: use YYYY-MM-DD, or a Solar Hijri date such as 1402/05/12',
  'is not a real Solar Hijri date',
  'is not a real date between 1900 and 2199',
  'must be true or false (yes/no, بله/خیر)',
  'latitude and longitude look swapped: (lat 48.5, lng 36.6) is outside Iran but (lat 36.6, lng 48.5) is inside; swap the two columns',
  'coordinates (lat 10, lng 10) are outside Iran (latitude 24.8–40, longitude 43.9–63.5)',
  'location (lat 36.19, lng 44.01) is outside every county of Iran',
  'location is in اسلامشهر (IR-23); you may add projects in IR-19, IR-03 only',
  'location is in اسلامشهر (IR-23); you may add projects in no province only',
  'duplicate of row 5 (same title in ابهر)',
  'already in the registry as project 1234 (same title in ابهر)',
  'unknown column; the columns are title_fa, title_en',
  'required column missing',
  'the file has no rows',
  '12 fields for 9 columns',
  'properties must be an object',
  'must be text, a number, true/false or a list of names',
  'must be a Point with [longitude, latitude]',
  'must be a whole number from 0 to 100',
  'must be at most 300 characters',
  'must be a number >= 0',
  'is too large',
  'must be one of IRR-billion, USD-million, EUR-million',
  'must be a percentage from 0 to 100',
  'must not be empty',
  'is required with investment',
  '2024-01-01 is before start_date 2025-05-01',
  'must be a Solar Hijri date YYYY[-MM[-DD]]',
];

describe('problem reasons in the reader’s language', () => {
  it('rewords every reason the server gives, in fa and en', () => {
    for (const reason of reasons) {
      expect(problemReason(importsFa.reasons, 'fa', reason), reason).not.toBe(reason);
      expect(problemReason(importsFa.reasons, 'fa', reason), reason).toMatch(/[\u0600-\u06FF]/);
      expect(problemReason(importsEn.reasons, 'en', reason), reason).not.toBe(reason);
    }
  });

  it('writes numbers in Persian digits and dates in the Solar Hijri calendar in fa', () => {
    expect(problemReason(importsFa.reasons, 'fa', reasons[9]!)).toContain('(عرض ۴۸٫۵، طول ۳۶٫۶)');
    expect(problemReason(importsFa.reasons, 'fa', 'duplicate of row 15 (same title in ابهر)')).toBe(
      'تکراری است: همان عنوانِ ردیف ۱۵ در شهرستان ابهر.',
    );
    expect(problemReason(importsFa.reasons, 'fa', '2024-01-01 is before start_date 2025-05-01')).toBe(
      'تاریخ پایان (۱۱ دی ۱۴۰۲) پیش از تاریخ شروع (۱۱ اردیبهشت ۱۴۰۴) است.',
    );
    expect(problemReason(importsEn.reasons, 'en', '2024-01-01 is before start_date 2025-05-01')).toBe(
      'The end date (1 January 2024) is before the start date (1 May 2025).',
    );
  });

  it('keeps lists of codes left to right inside a Persian sentence', () => {
    expect(problemReason(importsFa.reasons, 'fa', reasons[2]!)).toBe(
      'بخش ناشناخته است؛ بخش‌های شناخته‌شده: \u2066agriculture, energy, water\u2069',
    );
    expect(problemReason(importsFa.reasons, 'fa', reasons[3]!)).toContain(
      '\u2066idea, study, approved\u2069',
    );
  });

  it('shows a reason it does not know as the server sent it', () => {
    expect(problemReason(importsFa.reasons, 'fa', 'something new')).toBe('something new');
  });
});
