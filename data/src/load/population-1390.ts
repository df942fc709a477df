import type { CountyLineage } from '../../seeds/county-lineage-1390.ts';
import { apportion } from './apportion.ts';
import type { CsvRow } from './parse-csv.ts';
import { countyNameKey } from './persian-name.ts';
import type { RowProblem } from './summary.ts';

export const file1390 = 'population-2011-by-age-sex.csv';

/** A county of the 2011 (1390) census: its census province code ("00"–"30"), name and population. */
export interface County1390 {
  province: string;
  name: string;
  population: number;
  /** First line of the county's rows in the table. */
  line: number;
}

/** A county of the 2016 (1395) census, as the lineage needs it. */
export interface County1395 {
  code: string;
  province: string;
  name: string;
  population: number;
}

/**
 * The 1390 population per county (all age groups, "unknown" included, both sexes). The table has no
 * codes: a county is its province code and its name as written.
 */
export function sumPopulation1390(
  rows: CsvRow[],
  col: Record<'province_code' | 'county_name' | 'male' | 'female', number>,
): { counties: County1390[]; problems: RowProblem[] } {
  const byKey = new Map<string, County1390>();
  const problems: RowProblem[] = [];
  for (const { line, fields } of rows) {
    const province = (fields[col.province_code] ?? '').trim().padStart(2, '0');
    const name = (fields[col.county_name] ?? '').trim();
    const male = fields[col.male]?.trim() ?? '';
    const female = fields[col.female]?.trim() ?? '';
    if (!/^\d{2}$/.test(province) || !name || !/^\d+$/.test(male) || !/^\d+$/.test(female)) {
      problems.push({
        file: file1390,
        line,
        key: name || '?',
        reason: 'unreadable province, name or count',
        loaded: false,
      });
      continue;
    }
    const key = `${province}|${countyNameKey(name)}`;
    const county = byKey.get(key) ?? { province, name, population: 0, line };
    byKey.set(key, county);
    county.population += Number(male) + Number(female);
  }
  return { counties: [...byKey.values()], problems };
}

/** A 1390 county and the 1395 counties that cover it: its namesake and/or the counties formed from it. */
export interface LineageGroup {
  parent: County1390;
  members: { code: string; how: string }[];
}

export interface Lineage {
  groups: LineageGroup[];
  /** 1390 counties with no 1395 successor: their population is not carried. */
  unmatched1390: County1390[];
  /** 1395 counties with no known 1390 parent: no 1390 population, growth not available. */
  without1390: County1395[];
  problems: RowProblem[];
}

export const sameName = 'same name in the 1390 and 1395 censuses, same province';

/**
 * Matches the 1390 counties to the 1395 ones: by normalised name within the same province, then by
 * the lineage rows (seed data) for the counties formed, renamed or moved between the censuses.
 */
export function matchLineage(
  counties1390: readonly County1390[],
  counties1395: readonly County1395[],
  seed: readonly CountyLineage[],
): Lineage {
  const problems: RowProblem[] = [];
  const groups = new Map<string, LineageGroup>();
  const key1390 = (province: string, name: string) => `${province}|${countyNameKey(name)}`;
  const byKey1390 = new Map(counties1390.map((c) => [key1390(c.province, c.name), c]));
  const placed = new Set<string>();
  const add = (parent: County1390, code: string, how: string) => {
    const k = key1390(parent.province, parent.name);
    const group = groups.get(k) ?? { parent, members: [] };
    groups.set(k, group);
    group.members.push({ code, how });
    placed.add(code);
  };

  for (const c of counties1395) {
    const parent = byKey1390.get(key1390(c.province, c.name));
    if (parent) add(parent, c.code, sameName);
  }
  const codes = new Set(counties1395.map((c) => c.code));
  for (const row of seed) {
    const parent = byKey1390.get(key1390(row.province1390, row.name1390));
    const reason = !codes.has(row.code)
      ? 'no 1395 census county with this code'
      : !parent
        ? `no 1390 county «${row.name1390}» in census province ${row.province1390}`
        : placed.has(row.code)
          ? 'this 1395 county already has a 1390 parent (by name or an earlier row)'
          : null;
    if (reason || !parent) {
      problems.push({
        file: 'seeds/county-lineage-1390.ts',
        key: row.code,
        reason: reason ?? '',
        loaded: false,
      });
      continue;
    }
    add(parent, row.code, row.how);
  }
  const parents = new Set([...groups.values()].map((g) => g.parent));
  return {
    groups: [...groups.values()],
    unmatched1390: counties1390.filter((c) => !parents.has(c)),
    without1390: counties1395.filter((c) => !placed.has(c.code)),
    problems,
  };
}

/** The 1390 population of a 1395 county and its growth since, with how they were obtained. */
export interface History1390 {
  population1390: number;
  /** Annual growth 1390→1395 in %: ((P1395 ÷ P1390)^(1/5) − 1) × 100. */
  growth: number;
  estimated: boolean;
  /** 'measured' (a county that kept its name), 'lineage' (renamed or moved), or the group's methods. */
  method1390: string;
  methodGrowth: string;
}

export const annualGrowth = (p1395: number, p1390: number) => ((p1395 / p1390) ** (1 / 5) - 1) * 100;

/**
 * Per 1395 county: a group of one keeps its parent's 1390 population exactly; a group of several shares
 * it by the members' 1395 population (largest remainder, so the group's total is kept), which gives each
 * member exactly the group's growth rate — the only rate the data support for a county that split.
 */
export function history1390(groups: readonly LineageGroup[], population1395: ReadonlyMap<string, number>) {
  const out = new Map<string, History1390>();
  for (const { parent, members } of groups) {
    const p1395 = members.map((m) => population1395.get(m.code) ?? 0);
    const total1395 = p1395.reduce((s, p) => s + p, 0);
    if (!(total1395 > 0) || !(parent.population > 0)) continue;
    const shares = apportion(parent.population, p1395);
    const growth = annualGrowth(total1395, parent.population);
    const single = members.length === 1;
    for (const [i, m] of members.entries()) {
      out.set(m.code, {
        population1390: shares[i] ?? 0,
        growth,
        estimated: !single,
        method1390: single ? (m.how === sameName ? 'measured' : 'lineage') : 'lineage-share',
        methodGrowth: single ? (m.how === sameName ? 'measured' : 'lineage') : 'lineage-group',
      });
    }
  }
  return out;
}
