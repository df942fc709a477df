import { isValidJalaaliDate, jalaaliMonthLength, toGregorian, toJalaali } from 'jalaali-js';
import { badRequest } from '../errors.ts';

// The review loop speaks Solar Hijri (days `1398-07-28`, months `1398-07`); the database stores ISO
// Gregorian dates. These turn one into the other with jalaali-js and refuse days that do not exist.

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** A Solar Hijri day as typed (`1398/07/28`, `1398-7-28`) to ISO; 400 naming the field when no such day. */
export function solarDayToIso(field: string, value: string): string {
  const [y, m, d] = value.split(/[-/]/).map(Number) as [number, number, number];
  // jalaali-js throws outside its years; no meeting or deadline lies outside these anyway.
  if (!(y >= 1200 && y <= 1600) || !isValidJalaaliDate(y, m, d)) {
    throw badRequest(
      'review.not_a_day',
      { field, value },
      `${field}: ${value} is no day of the Solar Hijri calendar`,
      field,
    );
  }
  const g = toGregorian(y, m, d);
  return iso(g.gy, g.gm, g.gd);
}

/** An ISO day (or a Date from the database) as Solar Hijri `YYYY-MM-DD`. */
export function isoToSolarDay(day: string | Date): string {
  const text = typeof day === 'string' ? day : day.toISOString();
  const [y, m, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const j = toJalaali(y, m, d);
  return iso(j.jy, j.jm, j.jd);
}

export interface SolarMonth {
  /** `YYYY-MM`. */
  month: string;
  firstIso: string;
  lastIso: string;
  /** The first day of the month before: "no report for two months" looks back to it. */
  previousFirstIso: string;
  firstSolar: string;
  lastSolar: string;
}

/** A Solar Hijri month `YYYY-MM` (or `YYYY/MM`) with its first and last days. */
export function solarMonth(value: string): SolarMonth {
  const [y, m] = value.split(/[-/]/).map(Number) as [number, number];
  const last = jalaaliMonthLength(y, m);
  const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
  const firstSolar = iso(y, m, 1);
  return {
    month: `${y}-${pad(m)}`,
    firstIso: solarDayToIso('month', firstSolar),
    lastIso: solarDayToIso('month', iso(y, m, last)),
    previousFirstIso: solarDayToIso('month', iso(py, pm, 1)),
    firstSolar,
    lastSolar: iso(y, m, last),
  };
}

/** The Solar Hijri month a day falls in. */
export const monthOfSolarDay = (solarDay: string) => solarDay.slice(0, 7);

// Overdue is judged on Iran's calendar day, whatever the server's time zone.
const tehranDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Tehran',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Tehran as ISO `YYYY-MM-DD`, from the app's clock (tests set the clock; users cannot). */
export const todayIso = (now: Date) => tehranDay.format(now);
