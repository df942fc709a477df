import type { Lang } from '../../i18n/messages.ts';

const formats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * When an event was recorded, in the viewer's own time zone: `۱ آذر ۱۴۰۵، ۶:۰۴` (Solar Hijri, Persian
 * digits) in fa, `22 Nov 2026, 06:04` in en. The time matters here: several edits can fall on one day.
 */
export function formatDateTime(lang: Lang, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    formats.set(lang, format);
  }
  return format.format(date);
}
