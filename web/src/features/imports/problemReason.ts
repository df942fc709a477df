import { toPersianDigits } from '../i18n/digits.ts';
import { formatDate } from '../i18n/format.ts';
import type { Lang } from '../i18n/messages.ts';
import type { ImportMessages } from './messages.ts';

type Reasons = ImportMessages['reasons'];
type Rewording = (r: Reasons, m: string[], lang: Lang) => string;

/** Numbers inside a reason (rows, coordinates, dates) in the reader's digits: ۳۵٫۶۸۹ in fa. */
function digits(lang: Lang, s: string): string {
  if (lang !== 'fa') return s;
  return toPersianDigits(s, { decimal: true });
}

/**
 * A list of codes the server joins with ", " (sectors, statuses, columns): what the file must contain, so
 * kept as written. In a Persian sentence it is isolated left-to-right (LRI…PDI), or the bidi algorithm
 * would lay the Latin words out in right-to-left order around their commas.
 */
const list = (lang: Lang, s: string) => (lang === 'fa' ? `\u2066${s}\u2069` : s);

// The reasons of server/src/imports (checkImportRow, locateImportRows, readImportFile, runImport) and the
// project schema's messages, in the order tried. The server words them in English for API clients; the
// dialog rewords the known ones in the reader's language and shows any other as the server sent it.
const rewordings: [RegExp, Rewording][] = [
  [/^missing: every project needs a Persian title$/, (r) => r.missingTitle],
  [/^missing$/, (r) => r.missing],
  [/^unknown sector; known: (.*)$/, (r, m, l) => r.unknownSector(list(l, m[1]!))],
  [/^unknown sector /, (r) => r.sectorCode],
  [/^must be a sector code$/, (r) => r.sectorCode],
  [/^unknown status; known: (.*?)(?: \(or existing\))?$/, (r, m, l) => r.unknownStatus(list(l, m[1]!))],
  [/^(is not|must be) a number$/, (r) => r.notNumber],
  [/^is not a date\b|^must be a date YYYY-MM-DD$/, (r) => r.notDate],
  [/^is not a real Solar Hijri date$/, (r) => r.notSolarHijri],
  [/^is not a real date\b/, (r) => r.notRealDate],
  [/^must be true or false\b/, (r) => r.notBoolean],
  [
    /^latitude and longitude look swapped: \(lat (\S+), lng (\S+)\)/,
    (r, m, l) => r.swapped(digits(l, m[1]!), digits(l, m[2]!)),
  ],
  [
    /^coordinates \(lat (\S+), lng (\S+)\) are outside Iran/,
    (r, m, l) => r.outsideIran(digits(l, m[1]!), digits(l, m[2]!)),
  ],
  [
    /^location \(lat (\S+), lng (\S+)\) is outside every county/,
    (r, m, l) => r.outsideCounties(digits(l, m[1]!), digits(l, m[2]!)),
  ],
  [
    /^location is in (.+) \((\S+)\); you may add projects in no province only$/,
    (r, m) => r.noProvince(m[1]!, m[2]!),
  ],
  [
    /^location is in (.+) \((\S+)\); you may add projects in (.+) only$/,
    (r, m, l) => r.outsideProvinces(m[1]!, m[2]!, list(l, m[3]!)),
  ],
  [/^duplicate of row (\d+) \(same title in (.+)\)$/, (r, m, l) => r.duplicateRow(digits(l, m[1]!), m[2]!)],
  [
    /^already in the registry as project (\d+) \(same title in (.+)\)$/,
    (r, m, l) => r.inRegistry(digits(l, m[1]!), m[2]!),
  ],
  [/^unknown column; the columns are (.*)$/, (r, m, l) => r.unknownColumn(list(l, m[1]!))],
  [/^required column missing$/, (r) => r.requiredColumn],
  [/^the file has no rows$/, (r) => r.noRows],
  [/^(\d+) fields for (\d+) columns$/, (r, m, l) => r.fieldCount(digits(l, m[1]!), digits(l, m[2]!))],
  [/^properties must be an object$/, (r) => r.notObject],
  [/^must be text, a number, true\/false or a list of names$/, (r) => r.badCell],
  [/^must be a Point with/, (r) => r.badGeometry],
  [
    /^must be a whole number from (\S+) to (\S+)$/,
    (r, m, l) => r.wholeNumber(digits(l, m[1]!), digits(l, m[2]!)),
  ],
  [/^must be at most (\d+) characters$/, (r, m, l) => r.maxLength(digits(l, m[1]!))],
  [/^must be a number >= 0$/, (r) => r.nonNegative],
  [/^is too large$/, (r) => r.tooLarge],
  [/^must be one of (.*)$/, (r, m, l) => r.oneOf(list(l, m[1]!))],
  [/^must be a percentage from 0 to 100$/, (r) => r.percentage],
  [/^must not be empty$/, (r) => r.notEmpty],
  [/^is required with investment$/, (r) => r.unitRequired],
  // The server's dates are ISO (a Solar Hijri date in the file was converted): shown in the reader's
  // calendar, read at noon UTC so that no time zone moves them to the day before or after.
  [
    /^(\d{4}-\d\d-\d\d) is before start_date (\d{4}-\d\d-\d\d)$/,
    (r, m, l) => r.endBeforeStart(formatDate(l, `${m[1]}T12:00:00Z`), formatDate(l, `${m[2]}T12:00:00Z`)),
  ],
  [/^must be a Solar Hijri date\b/, (r) => r.solarHijriText],
];

/** A problem's reason in the reader's language, or the server's own words when it is not one we know. */
export function problemReason(reasons: Reasons, lang: Lang, reason: string): string {
  for (const [pattern, reword] of rewordings) {
    const m = pattern.exec(reason);
    if (m) return reword(reasons, [...m], lang);
  }
  return reason;
}
