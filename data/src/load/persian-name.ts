// Arabic code points that Persian text often carries instead of the Persian ones (ي for ی, ك for ک),
// plus the Arabic alef maksura and the hamza-seated yeh that spellings such as «نائین»/«نایین» swap.
const letterVariants: Record<string, string> = {
  '\u064A': '\u06CC', // ي → ی
  '\u0649': '\u06CC', // ى → ی
  '\u0626': '\u06CC', // ئ → ی
  '\u0643': '\u06A9', // ك → ک
  '\u0629': '\u0647', // ة → ه
  '\u06C0': '\u0647', // ۀ → ه
};
const variantPattern = /[\u064A\u0649\u0626\u0643\u0629\u06C0]/g;
// Harakat, superscript alef and tatweel change nothing about which place a name means.
const marksPattern = /[\u064B-\u065F\u0670\u0640]/g;
// Zero-width non-joiner, zero-width joiner, byte-order mark and directional marks.
const invisiblePattern = /[\u200B-\u200F\u202A-\u202E\uFEFF]/g;

/**
 * The comparison form of a Persian place name: one letter variant per letter, no diacritics, tatweel or
 * zero-width characters, single spaces. Two sources spell the same county differently (Arabic keyboard
 * letters, «نائین»/«نایین», a ZWNJ or not), so names are only ever compared in this form.
 */
export function normalisePersianName(name: string): string {
  return name
    .normalize('NFC')
    .replace(variantPattern, (c) => letterVariants[c] ?? c)
    .replace(marksPattern, '')
    .replace(invisiblePattern, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A looser key for a second matching pass: the normalised name without spaces, because «ماهنشان» and
 * «ماه نشان» (and a removed ZWNJ, «شاهین‌شهر» → «شاهینشهر») are the same word written apart or together.
 */
export function compactPersianName(name: string): string {
  return normalisePersianName(name).replace(/ /g, '');
}

/**
 * The key two censuses' county names are matched on: the compact name without a leading «شهرستان»
 * («county»), which one source writes and the other does not.
 */
export function countyNameKey(name: string): string {
  return compactPersianName(normalisePersianName(name).replace(/^شهرستان\s*/u, ''));
}
