import type { ErrorCode, ErrorParams } from '@tavazon/contract';
import { toPersianDigits } from '../digits.ts';
import { formatDate } from '../format.ts';
import type { Lang } from '../messages.ts';

/** How a catalogue writes the parts of a sentence that come from `params`, in its language. */
export interface Wording {
  /** A number in the reader's digits (۳۵٫۶۸۹ in fa), as the server sent it (no rounding). */
  num: (n: number) => string;
  /**
   * A code or a list of codes (sectors, columns, provinces), kept as written. In a Persian sentence it
   * is isolated left-to-right (LRI…PDI), or the bidi algorithm would lay the Latin words out in
   * right-to-left order around their commas.
   */
  code: (s: string | readonly string[]) => string;
  /** Text with numbers in it (a period such as 1395-06), in the reader's digits. */
  digits: (s: string) => string;
  /** An ISO date in the reader's calendar (Solar Hijri in fa). */
  date: (iso: string) => string;
}

/** The words of every code of the contract's catalogue: the compiler asks for each one. */
export type ErrorWords = { [C in ErrorCode]: (p: ErrorParams<C>, w: Wording) => string };

export function wording(lang: Lang): Wording {
  const isolate = (s: string) => (lang === 'fa' ? `\u2066${s}\u2069` : s);
  return {
    num: (n) => (lang === 'fa' ? toPersianDigits(String(n), { decimal: true }) : String(n)),
    digits: (s) => (lang === 'fa' ? toPersianDigits(s) : s),
    code: (s) => isolate(typeof s === 'string' ? s : s.join(', ')),
    // Read at noon UTC, so that no time zone moves a date to the day before or after.
    date: (iso) => formatDate(lang, /^\d{4}-\d\d-\d\d$/.test(iso) ? `${iso}T12:00:00Z` : iso),
  };
}
