import { describe, expect, it } from 'vitest';
import { toLatinDigits, toPersianDigits } from './digits.ts';

describe('digits', () => {
  it('reads Persian and Arabic-Indic digits as Latin ones', () => {
    expect(toLatinDigits('۱۴۰۳/٠٥/12')).toBe('1403/05/12');
  });
  it('writes Persian digits, and the Persian decimal separator only between digits when asked', () => {
    expect(toPersianDigits('1403/05/12')).toBe('۱۴۰۳/۰۵/۱۲');
    expect(toPersianDigits('35.689 and 1.', { decimal: true })).toBe('۳۵٫۶۸۹ and ۱.');
    expect(toPersianDigits('35.689')).toBe('۳۵.۶۸۹');
  });
});
