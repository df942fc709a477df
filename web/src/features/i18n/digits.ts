// Iranian users type Persian (۱۴۰۳) or Arabic-Indic (١٤٠٣) digits depending on their keyboard, and the
// Persian UI shows Persian ones. The one place that translates between them and Latin digits.

const persian = '۰۱۲۳۴۵۶۷۸۹';

/** ۰–۹ and ٠–٩ as 0–9, so every keyboard's digits parse alike. */
export function toLatinDigits(text: string): string {
  return text
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

/** 0–9 as ۰–۹; with `decimal`, a point between digits becomes the Persian decimal separator ٫. */
export function toPersianDigits(text: string, options: { decimal?: boolean } = {}): string {
  const s = options.decimal ? text.replace(/([0-9])\.([0-9])/g, '$1٫$2') : text;
  return s.replace(/[0-9]/g, (d) => persian[Number(d)] ?? d);
}
