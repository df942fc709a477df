import { isValidJalaaliDate, toGregorian, toJalaali } from 'jalaali-js';
import { toLatinDigits, toPersianDigits } from '../digits.ts';
import type { Lang } from '../messages.ts';

// The API speaks ISO Gregorian dates; Iranian officials think and type in the Solar Hijri calendar, with
// Persian (۱۴۰۳) or Arabic-Indic (١٤٠٣) digits depending on their keyboard. These functions translate
// between what is typed or shown and what is sent, and nothing else (no React, no Intl state).

export interface SolarHijriDate {
  year: number;
  month: number;
  day: number;
}

export type ParsedDate = { iso: string } | { error: 'format' | 'invalid' };

const pad = (n: number) => String(n).padStart(2, '0');

// The API accepts 1900–2199 (contract/src/projectInput.ts, isoDate); the same span in Solar Hijri years.
const minGregorianYear = 1900;
const maxGregorianYear = 2199;
// A year before this is Solar Hijri, from it on Gregorian: the rule of the import (server parseCell.ts).
const firstGregorianYear = 1700;

function splitIso(iso: string): [number, number, number] | null {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(iso);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** A real Gregorian calendar day (2023-02-29 is not one). */
function isRealGregorian(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An ISO date (YYYY-MM-DD, Gregorian) in the Solar Hijri calendar. Throws on text that is not one. */
export function isoToSolarHijri(iso: string): SolarHijriDate {
  const parts = splitIso(iso);
  if (!parts || !isRealGregorian(...parts)) throw new RangeError(`not an ISO date: ${iso}`);
  const j = toJalaali(...parts);
  return { year: j.jy, month: j.jm, day: j.jd };
}

/** A Solar Hijri day as ISO Gregorian, or null when no such day exists (1402/12/30, 1403/13/01). */
export function solarHijriToIso(year: number, month: number, day: number): string | null {
  if (!isValidJalaaliDate(year, month, day)) return null;
  const g = toGregorian(year, month, day);
  if (g.gy < minGregorianYear || g.gy > maxGregorianYear) return null;
  return `${g.gy}-${pad(g.gm)}-${pad(g.gd)}`;
}

function gregorianToIso(year: number, month: number, day: number): string | null {
  if (year < minGregorianYear || year > maxGregorianYear || !isRealGregorian(year, month, day)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * What the user typed, as an ISO date. In fa a Solar Hijri Y/M/D (`۱۴۰۳/۰۵/۱۲`, `1403-5-12`); a year from
 * 1700 on can only be Gregorian, so `2024/08/02` is taken as one rather than refused. In en an ISO date.
 * `format`: not a date at all; `invalid`: shaped like a date, but no such day (or outside 1900–2199).
 */
export function parseDateText(text: string, lang: Lang): ParsedDate {
  // Bidi marks and stray spaces come along when a date is pasted from a Persian document.
  const cleaned = toLatinDigits(text)
    .replace(/[\u200c-\u200f\u061c\s]/g, '')
    .replace(/[\u066b.]/g, '/');
  const m = /^([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})$/.exec(cleaned);
  if (!m) return { error: 'format' };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // An English user typing 1403-05-12 has the wrong calendar, not a wrong day: the format message says so.
  if (lang === 'en' && y < firstGregorianYear) return { error: 'format' };
  const iso = y < firstGregorianYear ? solarHijriToIso(y, mo, d) : gregorianToIso(y, mo, d);
  return iso ? { iso } : { error: 'invalid' };
}

/** The text an ISO date shows in the date input: `۱۴۰۳/۰۵/۱۲` in fa, `2024-08-02` in en. */
export function formatSolarHijriInput(iso: string, lang: Lang): string {
  const parts = splitIso(iso);
  // Not ours to judge here: text that is no ISO date is shown as it is rather than breaking the form.
  if (lang === 'en' || !parts || !isRealGregorian(...parts)) return iso;
  const { year, month, day } = isoToSolarHijri(iso);
  return toPersianDigits(`${year}/${pad(month)}/${pad(day)}`);
}

/** Today on the user's own calendar day (their clock, not UTC: a report written at 01:00 in Tehran). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
