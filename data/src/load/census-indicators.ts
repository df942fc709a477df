import { censusCountyCode } from './census-code.ts';
import type { CsvRow } from './parse-csv.ts';
import type { RowProblem } from './summary.ts';

/** The counts every census indicator is built from, per county. */
export interface CensusCounts {
  population: number;
  age0to14: number;
  age15to29: number;
  age15to64: number;
  age65plus: number;
  active: number;
  unemployed: number;
  femaleActive: number;
  femaleUnemployed: number;
  /** Active people whose education is "College" or "Higher education". */
  activeHigherEducated: number;
}

export interface CensusTables {
  population: { header: string[]; rows: CsvRow[] };
  labour: { header: string[]; rows: CsvRow[] };
}

const emptyCounts = (): CensusCounts => ({
  population: 0,
  age0to14: 0,
  age15to29: 0,
  age15to64: 0,
  age65plus: 0,
  active: 0,
  unemployed: 0,
  femaleActive: 0,
  femaleUnemployed: 0,
  activeHigherEducated: 0,
});

// Columns of the labour table that are not counts by education level.
const labourKeys = ['province_name', 'province_code', 'county_name', 'county_code', 'gender', 'status'];
const higherEducation = ['College', 'Higher education'];

/** The youngest age of a group label: "0-4" → 0, "95-99" → 95, ">100" → 100; `null` if unreadable. */
export function ageGroupStart(label: string): number | null {
  const m = /^\s*(?:>\s*(\d+)|(\d+)\s*-\s*\d+)\s*$/.exec(label);
  const start = m ? Number(m[1] ?? m[2]) : Number.NaN;
  return Number.isFinite(start) ? start : null;
}

const count = (text: string | undefined) =>
  text !== undefined && /^\s*\d+\s*$/.test(text) ? Number(text) : null;

/**
 * Sums the two census tables into counts per county (key: 4-digit census code). A row that cannot be read
 * is reported and left out; missing columns are a structural error raised by the caller's `columnIndex`.
 */
export function sumCensusCounts(
  tables: CensusTables,
  col: {
    population: Record<'county_code' | 'age_group' | 'male' | 'female', number>;
    labour: Record<'county_code' | 'gender' | 'status', number>;
  },
): { counts: Map<string, CensusCounts>; problems: RowProblem[] } {
  const counts = new Map<string, CensusCounts>();
  const problems: RowProblem[] = [];
  const of = (code: string) => {
    const c = counts.get(code) ?? emptyCounts();
    counts.set(code, c);
    return c;
  };

  const popFile = 'population-2016-by-age-sex.csv';
  for (const { line, fields } of tables.population.rows) {
    const code = censusCountyCode(fields[col.population.county_code] ?? '');
    const start = ageGroupStart(fields[col.population.age_group] ?? '');
    const male = count(fields[col.population.male]);
    const female = count(fields[col.population.female]);
    if (start === null || male === null || female === null || !/^\d{4}$/.test(code)) {
      problems.push({
        file: popFile,
        line,
        key: code,
        reason: 'unreadable age group, count or code',
        loaded: false,
      });
      continue;
    }
    const c = of(code);
    const people = male + female;
    c.population += people;
    if (start < 15) c.age0to14 += people;
    else if (start < 65) c.age15to64 += people;
    else c.age65plus += people;
    if (start >= 15 && start < 30) c.age15to29 += people;
  }

  const labFile = 'labour-2016-by-education-sex.csv';
  const educationColumns = tables.labour.header
    .map((h, i) => ({ h, i }))
    .filter(({ h }) => !labourKeys.includes(h));
  for (const { line, fields } of tables.labour.rows) {
    const code = censusCountyCode(fields[col.labour.county_code] ?? '');
    const gender = (fields[col.labour.gender] ?? '').trim();
    const status = (fields[col.labour.status] ?? '').trim();
    const values = educationColumns.map(({ h, i }) => ({ h, n: count(fields[i]) }));
    if (
      !/^\d{4}$/.test(code) ||
      !['Male', 'Female'].includes(gender) ||
      !['Active', 'Unemployed'].includes(status) ||
      values.some((v) => v.n === null)
    ) {
      problems.push({
        file: labFile,
        line,
        key: code,
        reason: 'unreadable gender, status, count or code',
        loaded: false,
      });
      continue;
    }
    const total = values.reduce((s, v) => s + (v.n ?? 0), 0);
    const c = of(code);
    if (status === 'Active') {
      c.active += total;
      if (gender === 'Female') c.femaleActive += total;
      c.activeHigherEducated += values
        .filter((v) => higherEducation.includes(v.h))
        .reduce((s, v) => s + (v.n ?? 0), 0);
    } else {
      c.unemployed += total;
      if (gender === 'Female') c.femaleUnemployed += total;
    }
  }
  return { counts, problems };
}

const percent = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : null);

/**
 * The indicator values of one county; `null` where the denominator is zero (no value is stored then).
 * Rates are computed from the summed counts, never averaged, so that regions can re-aggregate them
 * exactly as a mean weighted by the denominator.
 */
export function censusIndicatorValues(c: CensusCounts): Record<string, number | null> {
  return {
    population: c.population,
    active_population: c.active,
    female_active_population: c.femaleActive,
    working_age_population: c.age15to64,
    unemployment_rate: percent(c.unemployed, c.active),
    female_unemployment_rate: percent(c.femaleUnemployed, c.femaleActive),
    higher_education_share: percent(c.activeHigherEducated, c.active),
    dependency_ratio: percent(c.age0to14 + c.age65plus, c.age15to64),
    youth_share: percent(c.age15to29, c.population),
  };
}
