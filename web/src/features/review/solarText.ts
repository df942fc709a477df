import { toJalaali } from 'jalaali-js';
import { toLatinDigits, toPersianDigits } from '../i18n/digits.ts';
import type { Lang } from '../i18n/messages.ts';

// The review loop's days and months are Solar Hijri strings from the API (`1398-07-28`, `1398-07`):
// shown as `۱۳۹۸/۰۷/۲۸` in Persian, `1398/07/28` in English; typed in either digits.

/** A Solar Hijri day or month for display. */
export function solarText(lang: Lang, solar: string | null | undefined): string {
  if (!solar) return '';
  const slashed = solar.replaceAll('-', '/');
  // Isolated left-to-right, so that RTL text around it does not reorder its parts.
  return lang === 'fa' ? `\u2066${toPersianDigits(slashed)}\u2069` : slashed;
}

/** What the user typed (Persian, Arabic-Indic or Latin digits, `/` or `-`) as the API takes it. */
export const typedSolar = (text: string) =>
  toLatinDigits(text)
    .replace(/[\u200c-\u200f\u061c\s]/g, '')
    .replaceAll('/', '-');

const pad = (n: number) => String(n).padStart(2, '0');

/** This month on the Solar Hijri calendar, `YYYY-MM`. */
export function currentSolarMonth(now = new Date()): string {
  const j = toJalaali(now.getFullYear(), now.getMonth() + 1, now.getDate());
  return `${j.jy}-${pad(j.jm)}`;
}

/** The month before or after `YYYY-MM`. */
export function shiftMonth(month: string, by: -1 | 1): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}
