import { createHash } from 'node:crypto';
import { columnIndex, type ParsedCsv } from './parse-csv.ts';
import { normalisePersianName } from './persian-name.ts';
import type { RowProblem } from './summary.ts';

export interface ProjectRow {
  line: number;
  province_iso: string;
  county_fa: string;
  county_en: string;
  title_fa: string;
  title_en: string | null;
  sector: string;
  status: string;
  /** The status word of the source document, kept as written. */
  source_status: string;
  source_document: string | null;
  source_date: string | null;
  /** Stable across reloads: the same province, county and title update the same project. */
  source_key: string;
}

const columns = [
  'province_iso',
  'county_fa',
  'county_en',
  'title_fa',
  'title_en',
  'sector',
  'status',
  'source',
  'source_date',
] as const;
const statuses = ['idea', 'study', 'approved', 'execution', 'operational', 'suspended', 'cancelled'];
const arabicScript = /[\u0600-\u06FF]/;
const latinLetter = /[A-Za-z]/;
const persianDigits = /[۰-۹]/g;

/** The key of a project from the documents: sha1 of province | county | title, names normalised. */
export function projectSourceKey(province: string, countyFa: string, titleFa: string): string {
  const text = [province, normalisePersianName(countyFa), normalisePersianName(titleFa)].join('|');
  return `driver-projects:${createHash('sha1').update(text).digest('hex')}`;
}

/**
 * The projects CSV, row by row. A row with more fields than the header is repaired only in the one way the
 * file is known to break: an unquoted comma inside a title, recognisable because the Persian title holds
 * Arabic script and the English one Latin letters; any other bad row is reported and skipped.
 */
export function parseProjects(
  csv: ParsedCsv,
  sectorCodes: ReadonlySet<string>,
  file = 'driver-projects.csv',
): { projects: ProjectRow[]; problems: RowProblem[] } {
  const col = columnIndex(file, csv.header, columns);
  const problems: RowProblem[] = [];
  const projects: ProjectRow[] = [];
  const seen = new Set<string>();
  for (const row of csv.rows) {
    let fields = row.fields;
    let repaired: string | null = null;
    const key = (fields[col.title_fa] ?? '').trim() || `line ${row.line}`;
    const report = (reason: string, loaded = false) =>
      problems.push({ file, line: row.line, key, reason, loaded });
    if (fields.length > csv.header.length) {
      const fitted = rejoinTitles(fields, csv.header.length, col.title_fa, col.title_en);
      // Re-joined at the wrong place, the sector column would hold something else.
      if (!fitted || !sectorCodes.has((fitted[col.sector] ?? '').trim())) {
        report(`${fields.length} fields for ${csv.header.length} columns`);
        continue;
      }
      fields = fitted;
      repaired = `unquoted comma in a title: ${row.fields.length} fields re-joined into ${csv.header.length}`;
    } else if (fields.length < csv.header.length) {
      report(`${fields.length} fields for ${csv.header.length} columns`);
      continue;
    }
    const get = (c: (typeof columns)[number]) => (fields[col[c]] ?? '').trim();
    const sourceStatus = get('status');
    const status = sourceStatus === 'existing' ? 'operational' : sourceStatus;
    const date = get('source_date').replace(persianDigits, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)));
    const problem = !/^IR-[0-9]{2}$/.test(get('province_iso'))
      ? `province_iso «${get('province_iso')}» is not an ISO 3166-2 code of Iran`
      : !get('county_fa') && !get('county_en')
        ? 'no county'
        : !get('title_fa') || get('title_fa').length > 300
          ? 'title_fa missing or longer than 300 characters'
          : !sectorCodes.has(get('sector'))
            ? `unknown sector «${get('sector')}»`
            : !statuses.includes(status)
              ? `unknown status «${sourceStatus}»`
              : null;
    if (problem) {
      report(problem);
      continue;
    }
    const validDate = /^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/.test(date);
    if (date && !validDate)
      report(`source_date «${date}» is not a Solar Hijri YYYY[-MM[-DD]] date: left empty`, true);
    const source_key = projectSourceKey(
      get('province_iso'),
      get('county_fa') || get('county_en'),
      get('title_fa'),
    );
    if (seen.has(source_key)) {
      report('the same project (province, county, title) appears twice: only the first is loaded');
      continue;
    }
    seen.add(source_key);
    if (repaired) report(repaired, true);
    projects.push({
      line: row.line,
      province_iso: get('province_iso'),
      county_fa: get('county_fa'),
      county_en: get('county_en'),
      title_fa: get('title_fa'),
      title_en: get('title_en').slice(0, 300) || null,
      sector: get('sector'),
      status,
      source_status: sourceStatus,
      source_document: get('source') || null,
      source_date: validDate ? date : null,
      source_key,
    });
  }
  return { projects, problems };
}

/**
 * Splits the surplus fields between the two adjacent title columns: the Persian title is the leading run
 * of fields in Arabic script without Latin letters, the English title the rest joined by the commas the
 * split removed. `null` when the row does not look like that.
 */
function rejoinTitles(fields: string[], width: number, faIndex: number, enIndex: number): string[] | null {
  if (enIndex !== faIndex + 1) return null;
  const surplus = fields.length - width;
  const middle = fields.slice(faIndex, enIndex + 1 + surplus);
  let persian = 0;
  while (
    persian < middle.length &&
    arabicScript.test(middle[persian] ?? '') &&
    !latinLetter.test(middle[persian] ?? '')
  ) {
    persian += 1;
  }
  const english = middle.slice(persian);
  if (persian === 0 || english.length === 0 || !latinLetter.test(english[0] ?? '')) return null;
  return [
    ...fields.slice(0, faIndex),
    middle.slice(0, persian).join(','),
    english.join(','),
    ...fields.slice(enIndex + 1 + surplus),
  ];
}
