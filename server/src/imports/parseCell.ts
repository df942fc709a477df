import { isoDate } from '@tavazon/contract';
import { isValidJalaaliDate, toGregorian } from 'jalaali-js';
import type { CellValue } from '../xlsx/readXlsx.ts';

// Reading one cell of an import file as a number, a date, a yes/no or text. Officials type Persian
// (۱۲۳) or Arabic-Indic (١٢٣) digits, Persian separators (٫ decimal, ٬ thousands) and Solar Hijri dates;
// each parser accepts those and answers either a value or a reason the row report can show.

/** The codes a cell can fail with; each takes only the cell's row, column and value as params. */
export type CellFailure =
  | 'import.not_number'
  | 'import.not_date'
  | 'import.not_solar_hijri'
  | 'import.not_real_date'
  | 'import.not_boolean';
export type Parsed<T> = { ok: true; value: T } | { ok: false; code: CellFailure; reason: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: CellFailure, reason: string): Parsed<T> => ({ ok: false, code, reason });

/** ۰–۹ and ٠–٩ as 0–9, the Arabic decimal separator as '.', the Arabic thousands separator as ','. */
export function latinDigits(s: string): string {
  return s
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/\u066B/g, '.')
    .replace(/\u066C/g, ',');
}

/** A number; thousands separators (commas, spaces) and a trailing % are allowed. */
export function parseNumber(v: CellValue): Parsed<number> {
  if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : fail('import.not_number', 'is not a number');
  if (typeof v === 'boolean') return fail('import.not_number', 'is not a number');
  const s = latinDigits(v)
    .replace(/[,\s\u00A0\u202F]/g, '')
    .replace(/%$/, '');
  if (!/^[-+]?[0-9]+(\.[0-9]+)?$/.test(s)) return fail('import.not_number', 'is not a number');
  return ok(Number(s));
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as ISO YYYY-MM-DD: ISO or Y/M/D Gregorian dates, Solar Hijri dates (a year before 1700 means
 * Solar Hijri: 1402/05/12, ۱۴۰۲-۰۵-۱۲), and spreadsheet serial numbers (days since 1899-12-30).
 */
export function parseDate(v: CellValue): Parsed<string> {
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 1 || v > 109_574) return fail('import.not_date', 'is not a date');
    return ok(new Date(Date.UTC(1899, 11, 30) + v * 86_400_000).toISOString().slice(0, 10));
  }
  if (typeof v === 'boolean') return fail('import.not_date', 'is not a date');
  const m = /^([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})$/.exec(latinDigits(v).trim());
  if (!m)
    return fail('import.not_date', 'is not a date: use YYYY-MM-DD, or a Solar Hijri date such as 1402/05/12');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1700) {
    if (y < 1280 || !isValidJalaaliDate(y, mo, d))
      return fail('import.not_solar_hijri', 'is not a real Solar Hijri date');
    const g = toGregorian(y, mo, d);
    return ok(`${g.gy}-${pad(g.gm)}-${pad(g.gd)}`);
  }
  const iso = `${y}-${pad(mo)}-${pad(d)}`;
  return isoDate.safeParse(iso).success
    ? ok(iso)
    : fail('import.not_real_date', 'is not a real date between 1900 and 2199');
}

const yes = new Set(['true', 'yes', 'y', '1', 'بله', 'آری', 'بلی']);
const no = new Set(['false', 'no', 'n', '0', 'خیر', 'نه']);

export function parseBoolean(v: CellValue): Parsed<boolean> {
  if (typeof v === 'boolean') return ok(v);
  const s = latinDigits(String(v)).trim().toLowerCase();
  if (yes.has(s)) return ok(true);
  if (no.has(s)) return ok(false);
  return fail('import.not_boolean', 'must be true or false (yes/no, بله/خیر)');
}

/**
 * Text as typed. A leading apostrophe before = + - @ is dropped: the CSV export adds it so that a
 * spreadsheet does not run a title as a formula, and an export must import back unchanged.
 */
export function parseText(v: CellValue): string {
  const s = String(v).trim();
  return /^'[=+\-@]/.test(s) ? s.slice(1) : s;
}
