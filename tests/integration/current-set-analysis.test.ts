import type { Sql } from '@tavazon/data';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { get } from './http.ts';

// Every analysis on the 478 current counties, now that the crosswalk carries the census there. The
// figures are checked against the values read straight from the database, so a server that silently
// fell back to the census set (429 counties) or dropped the estimated values would fail.

const sql = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} }) as unknown as Sql;
afterAll(() => sql.end({ timeout: 5 }));

async function post<T = any>(path: string, body: object) {
  const res = await fetch(new URL(path, inject('baseUrl')), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

const currentValues = async (indicator: string, province?: string) =>
  new Map(
    (
      await sql<{ code: string; value: number }[]>`
        SELECT u.code, v.value FROM indicator_value v JOIN admin_unit u ON u.id = v.admin_unit_id
        WHERE u.boundary_set = 'current' AND u.level = 'county' AND v.indicator = ${indicator}
          AND v.period = '1395' ${province ? sql`AND u.province_code = ${province}` : sql``}`
    ).map((r) => [r.code, r.value]),
  );

describe('analysis on the current set', () => {
  it('measures inequality over the 478 current counties, grouped by province', async () => {
    const { status, body } = await get(
      '/api/analysis/inequality?indicator=unemployment_rate&set=current&period=1395&weight=population',
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ set: 'current', period: '1395', n: 478, weight: 'population' });
    const rates = [...(await currentValues('unemployment_rate')).values()];
    expect(body.mean).toBeCloseTo(rates.reduce((s, v) => s + v, 0) / rates.length, 9);
    expect(body.gini).toBeGreaterThan(0);
    expect(body.theil.between + body.theil.within).toBeCloseTo(body.theil.total, 9);
    expect(body.lorenz).toHaveLength(479);
  });

  it("computes Moran's I and LISA on the current counties' own contiguity", async () => {
    const { status, body } = await get(
      '/api/analysis/autocorrelation?indicator=unemployment_rate&set=current&province=IR-19&include=neighbours',
    );
    expect(status).toBe(200);
    const rates = await currentValues('unemployment_rate', 'IR-19');
    expect(body.n).toBe(rates.size);
    expect(body.units.map((u: any) => u.code).sort()).toEqual([...rates.keys()].sort());
    for (const u of body.units) expect(u.value).toBe(rates.get(u.code));
    expect(Number.isFinite(body.moranI)).toBe(true);
    // Ijrud (current) borders Zanjan (current) in the OSM polygons.
    const ijrud = body.units.find((u: any) => u.code === 'osm-6554899');
    expect(ijrud.neighbours.length).toBeGreaterThan(0);
  });

  it('ranks the current counties by a composite index, split counties included', async () => {
    const indicators = ['unemployment_rate', 'higher_education_share', 'dependency_ratio'];
    const { status, body } = await post('/api/analysis/composite', {
      set: 'current',
      indicators,
      weights: 'entropy',
      normalisation: 'minmax',
      method: 'topsis',
    });
    expect(status).toBe(200);
    expect(body.set).toBe('current');
    expect(body.units).toHaveLength(478);
    expect(body.missing).toEqual([]);
    const ranks = body.units.map((u: any) => u.rank);
    expect(Math.min(...ranks)).toBe(1);
    // Kuhsorkh exists only on the current set (formed from Kashmar after 1395).
    expect(body.units.some((u: any) => u.code === 'osm-11096697')).toBe(true);
  });
});
