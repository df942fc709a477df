import { type LoadSummary, loadAll, type Sql } from '@tavazon/data';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';

// The crosswalk from the 429 census-1395 counties to the 478 current ones, and the 1390 population with
// the growth 1390→1395, read back from the database the loader filled. Expected figures were computed by
// hand from the census CSV files (census-2016/*.csv), not by the loader's code.

const sql = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} }) as unknown as Sql;
afterAll(() => sql.end({ timeout: 5 }));

interface Row {
  code: string;
  name_fa: string;
  value: number;
  estimated: boolean;
  method: string;
}

const values = (set: string, indicator: string, period: string) => sql<Row[]>`
  SELECT u.code, u.name_fa, v.value, v.estimated, v.method
  FROM indicator_value v JOIN admin_unit u ON u.id = v.admin_unit_id
  WHERE u.boundary_set = ${set} AND u.level = 'county' AND v.indicator = ${indicator} AND v.period = ${period}
  ORDER BY u.code`;

const byName = async (set: string, indicator: string, period: string) =>
  new Map((await values(set, indicator, period)).map((r) => [r.name_fa, r]));

const growth = (p1395: number, p1390: number) => ((p1395 / p1390) ** (1 / 5) - 1) * 100;

describe('the crosswalk census-1395 → current', () => {
  it('stores the overlay: one parent per current county, 388 same counties, 41 splits', async () => {
    const [c] = await sql<{ pairs: number; carries: number; targets: number; same: number; split: number }[]>`
      SELECT (SELECT count(*)::int FROM unit_overlap) AS pairs,
             (SELECT count(*)::int FROM unit_carry) AS carries,
             (SELECT count(DISTINCT target_unit_id)::int FROM unit_carry) AS targets,
             (SELECT count(*)::int FROM unit_carry WHERE method = 'same-county') AS same,
             (SELECT count(DISTINCT source_unit_id)::int FROM unit_carry WHERE method = 'area-share') AS split`;
    expect(c).toMatchObject({ carries: 478, targets: 478, same: 388, split: 41 });
    // Every stored pair is at least 1 % of one side or a parent pair; shares are of each side's area.
    expect(c!.pairs).toBeGreaterThan(1000);
    const [bad] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM unit_overlap o
      WHERE (o.source_share < 0.01 AND o.target_share < 0.01
             AND NOT EXISTS (SELECT 1 FROM unit_carry c
                             WHERE c.source_unit_id = o.source_unit_id AND c.target_unit_id = o.target_unit_id))
         OR o.source_share > 1.000001 OR o.target_share > 1.000001`;
    expect(bad!.n).toBe(0);
    // The weights of each census county add up to 1: its counts go entirely to its children.
    const [sums] = await sql<{ off: number }[]>`
      SELECT count(*)::int AS off FROM (
        SELECT source_unit_id FROM unit_carry GROUP BY source_unit_id HAVING abs(sum(weight) - 1) > 1e-9) s`;
    expect(sums!.off).toBe(0);
  });

  it('keeps the national population exactly: the 478 current counties sum to 79,926,270', async () => {
    const rows = await values('current', 'population', '1395');
    expect(rows).toHaveLength(478);
    expect(rows.reduce((s, r) => s + r.value, 0)).toBe(79_926_270);
    expect(rows.every((r) => Number.isInteger(r.value))).toBe(true);
  });

  it('carries every same county exactly and unestimated (Tehran 8,737,510, Pakdasht 350,966)', async () => {
    const current = await byName('current', 'population', '1395');
    expect(current.get('تهران')).toMatchObject({
      code: 'osm-6554970',
      value: 8_737_510,
      estimated: false,
      method: 'same-county',
    });
    expect(current.get('پاکدشت')).toMatchObject({
      code: 'osm-6555263',
      value: 350_966,
      estimated: false,
      method: 'same-county',
    });
    expect(current.get('ایجرود')).toMatchObject({ value: 36_641, estimated: false });
    // And every one of them, for every indicator of 1395, estimated only where the census value is
    // (the growth of a 1390 county that split).
    const [diff] = await sql<{ n: number; compared: number }[]>`
      SELECT count(*) FILTER (WHERE t.value IS DISTINCT FROM s.value OR t.estimated IS DISTINCT FROM s.estimated)::int AS n, count(*)::int AS compared
      FROM unit_carry c
      JOIN indicator_value s ON s.admin_unit_id = c.source_unit_id AND s.period = '1395'
      LEFT JOIN indicator_value t ON t.admin_unit_id = c.target_unit_id AND t.indicator = s.indicator AND t.period = '1395'
      WHERE c.method = 'same-county'`;
    expect(diff!.n).toBe(0);
    expect(diff!.compared).toBeGreaterThan(388 * 9);
  });

  it('flags the children of a split as estimated, by area share', async () => {
    const rows = await values('current', 'population', '1395');
    const split = rows.filter((r) => r.estimated);
    expect(split).toHaveLength(90);
    expect(split.every((r) => r.method === 'area-share')).toBe(true);
  });

  it('recomputes rates by their formula from the carried counts, never by area', async () => {
    const rows = await sql<
      {
        code: string;
        estimated: boolean;
        rate: number;
        active: number;
        ratio: number;
        working: number;
        population: number;
        youth: number;
      }[]
    >`
      SELECT u.code, r.estimated, r.value AS rate, a.value AS active, d.value AS ratio, w.value AS working,
             p.value AS population, y.value AS youth
      FROM admin_unit u
      JOIN indicator_value r ON r.admin_unit_id = u.id AND r.indicator = 'unemployment_rate' AND r.period = '1395'
      JOIN indicator_value a ON a.admin_unit_id = u.id AND a.indicator = 'active_population' AND a.period = '1395'
      JOIN indicator_value d ON d.admin_unit_id = u.id AND d.indicator = 'dependency_ratio' AND d.period = '1395'
      JOIN indicator_value w ON w.admin_unit_id = u.id AND w.indicator = 'working_age_population' AND w.period = '1395'
      JOIN indicator_value p ON p.admin_unit_id = u.id AND p.indicator = 'population' AND p.period = '1395'
      JOIN indicator_value y ON y.admin_unit_id = u.id AND y.indicator = 'youth_share' AND y.period = '1395'
      WHERE u.boundary_set = 'current'`;
    expect(rows).toHaveLength(478);
    // dependency ratio = (population − working age) ÷ working age × 100, on the carried (whole) counts:
    // exact for a same county, within the rounding of a person for a split one.
    for (const r of rows) {
      const formula = ((r.population - r.working) / r.working) * 100;
      // Rounding moves each count by under one person.
      const rounding = 100 * (1 / r.working + r.population / r.working ** 2);
      if (r.estimated) expect(Math.abs(r.ratio - formula)).toBeLessThan(rounding);
      else expect(r.ratio).toBeCloseTo(formula, 9);
    }
    // A split child gets its census county's rate exactly, not an area-weighted mix of its neighbours'.
    const [check] = await sql<{ off: number; n: number }[]>`
      SELECT count(*) FILTER (WHERE abs(t.value - s.value) > 1e-9)::int AS off, count(*)::int AS n
      FROM unit_carry c
      JOIN indicator_value s ON s.admin_unit_id = c.source_unit_id AND s.period = '1395'
        AND s.indicator IN ('unemployment_rate', 'female_unemployment_rate', 'higher_education_share', 'dependency_ratio', 'youth_share')
      JOIN indicator_value t ON t.admin_unit_id = c.target_unit_id AND t.indicator = s.indicator AND t.period = '1395'
      WHERE c.method = 'area-share'`;
    expect(check!.n).toBe(90 * 5);
    expect(check!.off).toBe(0);
  });

  it('keeps the 1390 population total and carries the growth', async () => {
    const census1390 = await values('census-1395', 'population', '1390');
    expect(census1390.reduce((s, r) => s + r.value, 0)).toBe(75_149_669);
    const current1390 = await values('current', 'population', '1390');
    // Pardis, Aghajari and Sorkheh have no known 1390 parent; only their own current counties lack 1390.
    expect(current1390.length).toBeGreaterThan(470);
    const current = await byName('current', 'population_growth_rate', '1395');
    expect(current.get('تهران')?.value).toBeCloseTo(growth(8_737_510, 8_293_140), 10);
    expect(current.get('پردیس')).toBeUndefined();
  });
});

describe('the 1390 population and growth on the census-1395 counties', () => {
  it('matches by name: Tehran, Pakdasht and Ijrud, checked by hand against the CSV', async () => {
    const p1390 = await byName('census-1395', 'population', '1390');
    const g = await byName('census-1395', 'population_growth_rate', '1395');
    expect(p1390.get('تهران')).toMatchObject({ value: 8_293_140, estimated: false, method: 'measured' });
    expect(g.get('تهران')!.value).toBeCloseTo(1.0494, 4);
    expect(g.get('پاکدشت')!.value).toBeCloseTo(growth(350_966, 291_397), 10);
    expect(g.get('پاکدشت')!.value).toBeCloseTo(3.7901, 4);
    expect(g.get('ایجرود')!.value).toBeCloseTo(-0.9417, 4);
  });

  it('gives the counties formed from one 1390 county the group rate, flagged', async () => {
    const g = await byName('census-1395', 'population_growth_rate', '1395');
    // 1390 Ahvaz 1,395,184 → 1395 Ahvaz 1,302,591 + Hamidiyeh 53,762 + Karun 105,872 = 1,462,225.
    for (const name of ['اهواز', 'حمیدیه', 'کارون']) {
      expect(g.get(name)).toMatchObject({ estimated: true, method: 'lineage-group' });
      expect(g.get(name)!.value).toBeCloseTo(0.9431, 4);
    }
    // 1390 «شیروان وچرداول» 72,167 → Chardavol 57,381 + Sirvan 14,404.
    expect(g.get('چرداول')!.value).toBeCloseTo(-0.1061, 4);
    // Tabas moved from Yazd to South Khorasan: 69,658 → 72,617, one successor, not estimated.
    expect(g.get('طبس')).toMatchObject({ estimated: false, method: 'lineage' });
    expect(g.get('طبس')!.value).toBeCloseTo(0.8355, 4);
    // No justified parent: not available, never guessed.
    for (const name of ['پردیس', 'آغاجاری', 'سرخه']) expect(g.get(name)).toBeUndefined();
    const p1390 = await byName('census-1395', 'population', '1390');
    const ahvazGroup = ['اهواز', 'حمیدیه', 'کارون'].reduce((s, n) => s + p1390.get(n)!.value, 0);
    expect(ahvazGroup).toBe(1_395_184);
  });

  it('lists no unmatched 1390 name and names the 1395 counties without a parent', () => {
    const summary = JSON.parse(inject('loadSummary')) as LoadSummary;
    const indicators = summary.datasets.find((d) => d.dataset === 'indicators')!;
    expect(indicators.unmatched.filter((u) => u.file === 'population-2011-by-age-sex.csv')).toEqual([]);
    expect(indicators.notes.join('\n')).toMatch(/no known 1390 parent.*0626 آغاجاری, 2008 سرخه, 2320 پردیس/);
    const crosswalk = summary.datasets.find((d) => d.dataset === 'crosswalk')!;
    expect(crosswalk.checks.every((c) => c.ok)).toBe(true);
    expect(crosswalk.notes.join('\n')).toMatch(/straddles: osm-11096697 کوهسرخ: 0914 کاشمر/);
  });
});

describe('a second load of the crosswalk', () => {
  it('reuses the overlay and reports every row unchanged', async () => {
    const summary = await loadAll(sql, { only: ['crosswalk'] });
    const crosswalk = summary.datasets.find((d) => d.dataset === 'crosswalk')!;
    expect(crosswalk.status).toBe('unchanged');
    expect(crosswalk.tables.indicator_value).toMatchObject({ inserted: 0, updated: 0, deleted: 0 });
    expect(crosswalk.notes[0]).toMatch(/overlay reused/);
  });
});
