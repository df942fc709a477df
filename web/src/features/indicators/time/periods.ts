import { toPersianDigits } from '../../i18n/digits.ts';
import type { Lang } from '../../i18n/messages.ts';
import type { Indicator } from '../api/indicators.ts';

/** The periods of an indicator on a boundary set, oldest first (the catalogue lists them so). */
export function periodsOf(indicator: Indicator | undefined, set: string): string[] {
  if (!indicator) return [];
  const listed = indicator.periods?.[set];
  if (listed) return listed;
  // An older server without `periods`: the availability list says the same, unordered.
  return indicator.available
    .filter((a) => a.set === set)
    .map((a) => a.period)
    .sort();
}

/** The periods every one of the indicators has on the set (for a composite over time), oldest first. */
export function commonPeriods(indicators: (Indicator | undefined)[], set: string): string[] {
  if (indicators.length === 0 || indicators.some((i) => i === undefined)) return [];
  const [first, ...rest] = indicators.map((i) => periodsOf(i, set));
  return (first ?? []).filter((p) => rest.every((ps) => ps.includes(p)));
}

/**
 * A short label for a Solar Hijri period (`1395`, `1402-06`): Persian digits in fa, as written in en.
 * The control around it names the calendar once, so ticks stay short.
 */
export function periodLabel(lang: Lang, period: string): string {
  const slashed = period.replaceAll('-', '/');
  return lang === 'fa' ? toPersianDigits(slashed) : slashed;
}

/** The comparison period: the one asked for if it exists and differs, else the one before (or after) the map's. */
export function basePeriod(periods: string[], period: string, asked: string | undefined): string | undefined {
  if (asked && asked !== period && periods.includes(asked)) return asked;
  const at = periods.indexOf(period);
  if (at < 0 || periods.length < 2) return undefined;
  return at > 0 ? periods[at - 1] : periods[at + 1];
}

/** Two periods in time order: a change is always read from the older to the newer. */
export function orderedPair(a: string, b: string): { from: string; to: string } {
  return a < b ? { from: a, to: b } : { from: b, to: a };
}
