import type { Lang } from '../messages.ts';

export type Calendar = 'persian' | 'gregory';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day (ISO `YYYY-MM-DD`) in words, e.g. `۱۲ مرداد ۱۴۰۳` or `2 August 2024`. Read and written in
 * UTC: the day has no time, and reading midnight in the viewer's zone would show the day before west of
 * Greenwich. `calendar` defaults to the language's own (Solar Hijri in fa, Gregorian in en).
 */
export function formatDay(
  lang: Lang,
  iso: string,
  calendar: Calendar = lang === 'fa' ? 'persian' : 'gregory',
) {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${lang}:${calendar}`;
  let format = formats.get(key);
  if (!format) {
    const locale = `${lang === 'fa' ? 'fa-IR' : 'en-GB'}-u-ca-${calendar}`;
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(key, format);
  }
  // English names the Solar Hijri era ("AP"); the hint around it names the calendar already.
  return format.format(date).replace(/\s*AP$/, '');
}
