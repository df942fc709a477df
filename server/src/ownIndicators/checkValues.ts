import { periodPattern } from '@tavazon/contract';
import { latinDigits, parseNumber, parseText } from '../imports/parseCell.ts';
import { problem, type RowProblem } from '../imports/problem.ts';
import type { ImportFile } from '../imports/readImportFile.ts';
import { timeSlicer } from '../imports/timeSlicer.ts';
import type { CellValue } from '../xlsx/readXlsx.ts';
import type { County, CountyIndex } from './countyIndex.ts';

// The rows of a values file checked against the indicator's boundary set: every problem by row and
// column, and the values that are sound. A file with any problem is never written (all or nothing).

export interface CheckedValue {
  row: number;
  county: County;
  period: string;
  value: number;
}

// A column may be named in English or in Persian; the export's county_name_* columns name it too.
const columnAliases: Record<'county' | 'period' | 'value', readonly string[]> = {
  county: [
    'county',
    'county_code',
    'county_name',
    'county_name_fa',
    'county_name_en',
    'شهرستان',
    'نام_شهرستان',
    'کد_شهرستان',
  ],
  period: ['period', 'year', 'دوره', 'سال'],
  value: ['value', 'مقدار'],
};

/** 1402, ۱۴۰۲, 1402/7 or 1402-07 as 1402 or 1402-07; anything else is not a period. */
export function parsePeriod(v: CellValue): string | null {
  const s = typeof v === 'number' ? String(v) : latinDigits(String(v)).trim().replace(/[/.]/g, '-');
  const m = /^([0-9]{4})(?:-([0-9]{1,2}))?$/.exec(s);
  if (!m) return null;
  const period = m[2] === undefined ? m[1]! : `${m[1]}-${m[2].padStart(2, '0')}`;
  return periodPattern.test(period) ? period : null;
}

export async function checkValues(file: ImportFile, index: CountyIndex, unit: string) {
  const problems: RowProblem[] = [...file.problems];
  const columnOf = {} as Record<keyof typeof columnAliases, string>;
  for (const [role, names] of Object.entries(columnAliases) as [
    keyof typeof columnAliases,
    readonly string[],
  ][]) {
    const found = names.find((n) => file.columns.includes(n));
    if (found) columnOf[role] = found;
    else
      problems.push(
        problem(
          { row: file.headerRow, column: role },
          'import.required_column',
          {},
          `the column ${role} is missing`,
        ),
      );
  }
  if (problems.some((p) => p.code === 'import.required_column')) return { problems, values: [] };
  if (file.rows.length === 0)
    problems.push(
      problem({ row: file.headerRow, column: null }, 'import.no_rows', {}, 'the file has no rows'),
    );

  const values: CheckedValue[] = [];
  const seen = new Map<string, number>();
  const percent = unit.trim() === '%';
  // A name match per row (with typo suggestions) over 20,000 rows would hold the event loop: in slices.
  const slice = timeSlicer();
  for (const r of file.rows) {
    await slice();
    const cell = (role: keyof typeof columnAliases) => r.values.get(columnOf[role]) as CellValue | undefined;
    const where = (role: keyof typeof columnAliases, v: CellValue) => ({
      row: r.row,
      column: columnOf[role],
      value: String(v),
    });
    const before = problems.length;
    const missing = (role: keyof typeof columnAliases) =>
      problems.push(problem({ row: r.row, column: columnOf[role] }, 'import.missing', {}, 'is empty'));

    let county: County | undefined;
    const countyCell = cell('county');
    if (countyCell === undefined) missing('county');
    else {
      const m = index.match(parseText(countyCell));
      if (m.ok) county = m.county;
      else if (m.code === 'import.unknown_county')
        problems.push(
          problem(
            where('county', countyCell),
            m.code,
            { set: index.set, suggestions: m.suggestions },
            `no county of ${index.set} is named or coded so${m.suggestions.length ? `; closest: ${m.suggestions.join(', ')}` : ''}`,
          ),
        );
      else
        problems.push(
          problem(
            where('county', countyCell),
            m.code,
            { candidates: m.candidates },
            `several counties bear this name (${m.candidates.join(', ')}); use the county code`,
          ),
        );
    }

    let period: string | null = null;
    const periodCell = cell('period');
    if (periodCell === undefined) missing('period');
    else {
      period = parsePeriod(periodCell);
      if (period === null)
        problems.push(
          problem(
            where('period', periodCell),
            'import.not_period',
            {},
            'is neither a year (1402) nor a Solar Hijri year-month (1402-07)',
          ),
        );
    }

    let value: number | null = null;
    const valueCell = cell('value');
    if (valueCell === undefined) missing('value');
    else {
      const parsed = parseNumber(valueCell);
      if (!parsed.ok) problems.push(problem(where('value', valueCell), parsed.code, {}, parsed.reason));
      else if (percent && (parsed.value < 0 || parsed.value > 100))
        problems.push(
          problem(
            where('value', valueCell),
            'import.percent_range',
            {},
            'a percentage must be from 0 to 100',
          ),
        );
      else value = parsed.value;
    }

    if (county && period !== null) {
      const key = `${county.id}|${period}`;
      const earlier = seen.get(key);
      if (earlier !== undefined)
        problems.push(
          problem(
            where('county', countyCell!),
            'import.duplicate_period',
            { earlier, county: county.name_fa, period },
            `the same county (${county.code}) and period (${period}) as row ${earlier}`,
          ),
        );
      else seen.set(key, r.row);
    }
    if (problems.length === before && county && period !== null && value !== null)
      values.push({ row: r.row, county, period, value });
  }
  return { problems, values };
}
