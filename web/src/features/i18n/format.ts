import { toPersianDigits } from './digits.ts';
import type { Lang } from './messages.ts';
import { transliterate } from './transliterate.ts';

// Intl formatters are costly to build, so one per language and precision is kept.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, decimals: number): Intl.NumberFormat {
  const key = `${lang}:${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** Persian digits and separators in fa, Latin ones in en. */
export function formatNumber(lang: Lang, value: number, decimals = 0): string {
  return numberFormat(lang, decimals).format(value);
}

const signedFormats = new Map<string, Intl.NumberFormat>();

/**
 * A change: "+" before a rise, "−" before a fall, nothing before 0, as the locale writes them (in fa with
 * the marks that keep the sign before the digits in right-to-left text).
 */
export function formatSigned(lang: Lang, value: number, decimals = 0): string {
  const key = `${lang}:${decimals}`;
  let format = signedFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: 'exceptZero',
    });
    signedFormats.set(key, format);
  }
  return format.format(value);
}

/** An ISO date from the API: Solar Hijri calendar in fa, Gregorian in en. */
export function formatDate(lang: Lang, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = lang === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/**
 * `source_date` is the source's own Solar Hijri text (YYYY, YYYY-MM or YYYY-MM-DD). It is shown as written,
 * not converted: in fa with Persian digits, in en with the calendar named so nobody reads it as Gregorian.
 */
export function formatSolarHijriText(lang: Lang, text: string, calendarName: string): string {
  const slashed = text.replaceAll('-', '/');
  if (lang === 'fa') return toPersianDigits(slashed);
  return `${slashed} (${calendarName})`;
}

/** Follows a name the English UI shows transliterated from Persian (the source has no English one). */
export const transliterationMark = '†';

/**
 * Names come in both languages; English ones are missing for a few units (3 current counties, and census
 * counties whose name matched no current one): the English UI then shows the Persian name in Latin
 * letters, marked (transliterate.ts), so nobody takes it for an official spelling.
 */
export function localName(lang: Lang, named: { name_fa: string; name_en?: string | null }): string {
  if (lang === 'fa') return named.name_fa;
  return named.name_en || `${transliterate(named.name_fa)}${transliterationMark}`;
}
