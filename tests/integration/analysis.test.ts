import type { Sql } from '@tavazon/data';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type CensusFixture, referenceFixture } from '../../geo/reference/referenceFixture.ts';
import { countyNeighbours } from '../../server/src/analysis/countyNeighbours.ts';
import { get } from './http.ts';

// The spatial-balance API against the R (spdep) reference values committed in geo/reference: the
// server reads the census from the database and builds contiguity from the stored polygons, so these
// tests check the whole path (loader, SQL, neighbour cache, statistics) and not the library alone.

const TOLERANCE = 1e-6;
const CENSUS = 'set=census-1395&period=1395';
const SIX_INDICATORS = [
  'population',
  'unemployment_rate',
  'female_unemployment_rate',
  'higher_education_share',
  'dependency_ratio',
  'youth_share',
];

async function post<T = any>(path: string, body: string | object, contentType = 'application/json') {
  const res = await fetch(new URL(path, inject('baseUrl')), {
    method: 'POST',
    headers: contentType ? { 'content-type': contentType } : {},
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as T, text };
}

/** The fixture's per-county numbers keyed by county code (its arrays follow the shapefile order). */
const byCode = <T>(fx: CensusFixture, values: readonly T[]) =>
  new Map(fx.countyCodes.map((code, i) => [code, values[i]!]));

/** The fixture's 0-based neighbour lists as sorted code lists, keyed by county code. */
const neighbourCodes = (fx: CensusFixture, lists: number[][]) =>
  byCode(
    fx,
    lists.map((list) => list.map((j) => fx.countyCodes[j]!).sort()),
  );

const maxDifference = (pairs: [number, number][]) => Math.max(...pairs.map(([a, b]) => Math.abs(a - b)));

const quadrantOf: Record<string, string> = {
  'High-High': 'HH',
  'Low-Low': 'LL',
  'High-Low': 'HL',
  'Low-High': 'LH',
};

const regions = [
  { name: 'isfahan', province: 'IR-10', counties: 24 },
  { name: 'zanjan', province: 'IR-19', counties: 8 },
  { name: 'iran', province: undefined, counties: 429 },
] as const;

describe.each(regions)('$name matches the R reference', ({ name, province, counties }) => {
  const fx = referenceFixture(name);
  const scope = province ? `&province=${province}` : '';

  it.each(['queen', 'rook'] as const)('Moran I, moments, local I and %s neighbours', async (contiguity) => {
    const { status, body } = await get(
      `/api/analysis/autocorrelation?indicator=unemployment_rate&${CENSUS}${scope}` +
        `&contiguity=${contiguity}&include=neighbours&significance=1`,
    );
    expect(status).toBe(200);
    const ref = fx.moran[contiguity];
    expect(body.n).toBe(counties);
    expect(body.missing).toEqual([]);
    expect(body.nWithNeighbours).toBe(ref.n);
    expect(Math.abs(body.moranI - ref.I)).toBeLessThan(TOLERANCE);
    expect(Math.abs(body.expectedI - ref.expected)).toBeLessThan(TOLERANCE);
    expect(Math.abs(body.variance - ref.variance)).toBeLessThan(TOLERANCE);
    expect(Math.abs(body.z - ref.z)).toBeLessThan(TOLERANCE);

    const localI = byCode(fx, ref.localI);
    const quadrant = byCode(fx, ref.localQuadrant);
    const neighbours = neighbourCodes(fx, fx[contiguity]);
    const rate = byCode(fx, fx.unemploymentRate);
    expect(body.units.map((u: any) => u.code).sort()).toEqual([...fx.countyCodes].sort());
    expect(maxDifference(body.units.map((u: any) => [u.localI, localI.get(u.code)!]))).toBeLessThan(
      TOLERANCE,
    );
    expect(maxDifference(body.units.map((u: any) => [u.value, rate.get(u.code)!]))).toBeLessThan(TOLERANCE);
    for (const unit of body.units) {
      expect([...unit.neighbours].sort(), unit.code).toEqual(neighbours.get(unit.code));
      // significance=1 labels every unit with a neighbour, so all quadrants can be compared.
      if (unit.neighbours.length > 0)
        expect(unit.quadrant, unit.code).toBe(quadrantOf[quadrant.get(unit.code)!]);
      else expect(unit.quadrant).toBe('island');
    }
    const islands = fx.countyCodes.filter((code) => neighbours.get(code)!.length === 0);
    expect(body.islands).toEqual(islands.sort());
  });

  it('Gini, Theil, CV, Williamson and max/min, unweighted and population-weighted', async () => {
    const plain = await get(`/api/analysis/inequality?indicator=unemployment_rate&${CENSUS}${scope}`);
    expect(plain.status).toBe(200);
    const ref = fx.inequality;
    expect(plain.body.n).toBe(counties);
    expect(Math.abs(plain.body.gini - ref.gini)).toBeLessThan(TOLERANCE);
    expect(plain.body.giniWeighted).toBeNull();
    expect(Math.abs(plain.body.theil.total - ref.theil)).toBeLessThan(TOLERANCE);
    expect(Math.abs(plain.body.cv - ref.coefficientOfVariation)).toBeLessThan(TOLERANCE);
    expect(Math.abs(plain.body.maxMinRatio - ref.maxMinRatio)).toBeLessThan(TOLERANCE);
    // Williamson is population-weighted even when no weight is asked for.
    expect(plain.body.williamsonWeight).toBe('population');
    expect(Math.abs(plain.body.williamson - ref.williamson)).toBeLessThan(TOLERANCE);

    const weighted = await get(
      `/api/analysis/inequality?indicator=unemployment_rate&${CENSUS}${scope}&weight=population`,
    );
    expect(weighted.status).toBe(200);
    expect(weighted.body.weight).toBe('population');
    expect(Math.abs(weighted.body.gini - ref.gini)).toBeLessThan(TOLERANCE);
    expect(Math.abs(weighted.body.giniWeighted - ref.giniPopulationWeighted)).toBeLessThan(TOLERANCE);
    expect(Math.abs(weighted.body.theil.total - ref.theilPopulationWeighted)).toBeLessThan(TOLERANCE);
    expect(Math.abs(weighted.body.williamson - ref.williamson)).toBeLessThan(TOLERANCE);

    for (const { body } of [plain, weighted]) {
      expect(body.lorenz).toHaveLength(counties + 1);
      expect(body.lorenz[0]).toEqual([0, 0]);
      expect(body.lorenz.at(-1)).toEqual([1, 1]);
    }
  });
});

describe('national scope', () => {
  const iran = referenceFixture('iran');

  it('analyses all 429 census counties and reports the two islands', async () => {
    const { body } = await get(`/api/analysis/autocorrelation?indicator=unemployment_rate&${CENSUS}`);
    expect(body.units).toHaveLength(429);
    expect(body.islands).toEqual(['2201', '2204']);
    expect(body.nWithNeighbours).toBe(427);
    expect(body.permutations).toBe(999);
    expect(body.pPermutation).toBe(0.001);
    const islands = body.units.filter((u: any) => body.islands.includes(u.code));
    expect(islands.map((u: any) => [u.localI, u.p, u.quadrant])).toEqual([
      [0, null, 'island'],
      [0, null, 'island'],
    ]);
    expect(body.units.every((u: any) => ['HH', 'LL', 'HL', 'LH', 'ns', 'island'].includes(u.quadrant))).toBe(
      true,
    );
  });

  it('gives the same p-values for the same seed and others for another seed', async () => {
    const path = `/api/analysis/autocorrelation?indicator=unemployment_rate&${CENSUS}&province=IR-10&permutations=99`;
    const a = await get(path);
    const b = await get(path);
    const c = await get(`${path}&seed=7`);
    expect(a.body.units.map((u: any) => u.p)).toEqual(b.body.units.map((u: any) => u.p));
    expect(a.body.units.map((u: any) => u.p)).not.toEqual(c.body.units.map((u: any) => u.p));
    expect(c.body.seed).toBe(7);
  });

  it.each([
    ['unweighted', '', 'unweighted'],
    ['population-weighted', '&weight=population', 'populationWeighted'],
  ] as const)('splits Theil (%s) by province exactly: between + within = total', async (_, weight, key) => {
    const { body } = await get(`/api/analysis/inequality?indicator=unemployment_rate&${CENSUS}${weight}`);
    const ref = iran.theilDecomposition![key];
    expect(body.groupedBy).toBe('province');
    expect(body.theil.groups).toHaveLength(31);
    expect(Math.abs(body.theil.total - ref.total)).toBeLessThan(TOLERANCE);
    expect(Math.abs(body.theil.between - ref.between)).toBeLessThan(TOLERANCE);
    expect(Math.abs(body.theil.within - ref.within)).toBeLessThan(TOLERANCE);
    expect(Math.abs(body.theil.between + body.theil.within - body.theil.total)).toBeLessThan(1e-12);
    const isfahan = body.theil.groups.find((g: any) => g.code === 'IR-10');
    expect(isfahan).toMatchObject({ name_en: 'Isfahan', units: 24 });
  });
});

describe('inequality by planning region', () => {
  it('groups Theil by the scheme, whose weighted region means are the /api/regions values', async () => {
    const schemes = await get('/api/region-schemes?set=census-1395&province=IR-10');
    const scheme = schemes.body[0];
    // No set or province given: both come from the scheme.
    const { status, body } = await get(
      `/api/analysis/inequality?indicator=unemployment_rate&scheme=${scheme.id}&weight=active_population`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ set: 'census-1395', province: 'IR-10', groupedBy: 'scheme', n: 24 });
    expect(body.theil.groups).toHaveLength(7);
    expect(Math.abs(body.theil.between + body.theil.within - body.theil.total)).toBeLessThan(1e-12);
    const regions = await get(`/api/regions?scheme=${scheme.id}&indicator=unemployment_rate&period=1395`);
    for (const feature of regions.body.features) {
      const group = body.theil.groups.find((g: any) => g.code === feature.properties.code);
      expect(group.mean).toBeCloseTo(feature.properties.value, 9);
    }
  });

  it('has no between/within split inside one province without a scheme', async () => {
    const { body } = await get(
      `/api/analysis/inequality?indicator=unemployment_rate&${CENSUS}&province=IR-19`,
    );
    expect(body.groupedBy).toBeNull();
    expect(body.theil.between).toBeNull();
    expect(body.theil.within).toBeNull();
    expect(body.theil.total).toBeGreaterThan(0);
  });
});

describe('composite index', () => {
  it('ranks all 429 counties by TOPSIS over the six census indicators', async () => {
    const { status, body } = await post('/api/analysis/composite', {
      set: 'census-1395',
      period: '1395',
      indicators: SIX_INDICATORS,
      weights: 'entropy',
      normalisation: 'minmax',
      method: 'topsis',
      polarities: { population: 'higher_better', youth_share: 'higher_better' },
    });
    expect(status).toBe(200);
    expect(body.units).toHaveLength(429);
    expect(body.missing).toEqual([]);
    expect(body.polarities).toMatchObject({ unemployment_rate: 'higher_worse', population: 'higher_better' });
    const weights = Object.values(body.weights) as number[];
    expect(weights).toHaveLength(6);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expectCompetitionRanks(body.units);
    for (const unit of body.units) {
      expect(unit.score).toBeGreaterThanOrEqual(0);
      expect(unit.score).toBeLessThanOrEqual(1);
      expect(Object.keys(unit.contributions).sort()).toEqual([...SIX_INDICATORS].sort());
    }
  });

  it('adds up the weighted sum from its contributions, with the given weights scaled to 1', async () => {
    const { body } = await post('/api/analysis/composite', {
      set: 'census-1395',
      province: 'IR-19',
      indicators: ['unemployment_rate', 'higher_education_share'],
      weights: [2, 2],
      normalisation: 'zscore',
      method: 'weighted-sum',
    });
    expect(body.period).toBe('1395');
    expect(body.weights).toEqual({ unemployment_rate: 0.5, higher_education_share: 0.5 });
    expect(body.units).toHaveLength(8);
    for (const unit of body.units) {
      const sum = (Object.values(unit.contributions) as number[]).reduce((a, b) => a + b, 0);
      expect(unit.score).toBeCloseTo(sum, 12);
    }
    // z-scores are centred, so the equal-weight scores average to 0.
    expect(body.units.reduce((a: number, u: any) => a + u.score, 0)).toBeCloseTo(0, 9);
    expectCompetitionRanks(body.units);
  });

  it('scales weights whose sum overflows by their ratios, as 1:1', async () => {
    const body = (weights: number[]) =>
      post('/api/analysis/composite', {
        set: 'census-1395',
        province: 'IR-19',
        indicators: ['unemployment_rate', 'higher_education_share'],
        weights,
        method: 'weighted-sum',
      });
    const huge = await body([Number.MAX_VALUE, Number.MAX_VALUE]);
    expect(huge.status).toBe(200);
    expect(huge.body).toEqual((await body([1, 1])).body);
  });
});

/** Sorted by rank; a rank is its 1-based position unless the score ties the one before (1, 2, 2, 4). */
function expectCompetitionRanks(units: { score: number; rank: number }[]) {
  units.forEach((unit, k) => {
    if (k > 0 && unit.rank === units[k - 1]!.rank) expect(unit.score).toBeCloseTo(units[k - 1]!.score, 9);
    else expect(unit.rank).toBe(k + 1);
    if (k > 0) expect(unit.score).toBeLessThanOrEqual(units[k - 1]!.score + 1e-9);
  });
}

describe('counties without a value', () => {
  // A test-only indicator with a gap and a tie, on 7 of Zanjan's 8 counties, removed afterwards.
  const CODE = 'test_partial_zanjan';
  let sql: Sql;
  let zanjan: string[];

  beforeAll(async () => {
    sql = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} }) as unknown as Sql;
    const rows = await sql<{ id: string; code: string }[]>`
      SELECT id, code FROM admin_unit
      WHERE boundary_set = 'census-1395' AND level = 'county' AND province_code = 'IR-19' ORDER BY code`;
    zanjan = rows.map((r) => r.code);
    await sql`
      INSERT INTO indicator (code, name_fa, name_en, unit, polarity, aggregation, formula)
      VALUES (${CODE}, 'آزمایشی', 'Test only', 'count', 'higher_better', 'sum', 'test fixture')`;
    const values = [5, 3, 3, 8, 1, 2, 7];
    for (const [k, value] of values.entries()) {
      await sql`
        INSERT INTO indicator_value (indicator, period, admin_unit_id, value, source)
        VALUES (${CODE}, '1395', ${rows[k]!.id}, ${value}, 'test')`;
    }
  });

  afterAll(async () => {
    await sql`DELETE FROM indicator WHERE code = ${CODE}`;
    await sql.end();
  });

  it('lists them as missing in every analysis instead of dropping them silently', async () => {
    const lastCounty = zanjan.at(-1)!;
    const inequality = await get(`/api/analysis/inequality?indicator=${CODE}&${CENSUS}&province=IR-19`);
    expect(inequality.status).toBe(200);
    expect(inequality.body).toMatchObject({ n: 7, missing: [lastCounty] });

    const moran = await get(
      `/api/analysis/autocorrelation?indicator=${CODE}&${CENSUS}&province=IR-19&include=neighbours`,
    );
    expect(moran.status).toBe(200);
    expect(moran.body).toMatchObject({ n: 7, missing: [lastCounty] });
    expect(moran.body.units.flatMap((u: any) => u.neighbours)).not.toContain(lastCounty);

    const composite = await post('/api/analysis/composite', {
      set: 'census-1395',
      province: 'IR-19',
      indicators: [CODE],
      weights: [1],
      method: 'weighted-sum',
    });
    expect(composite.status).toBe(200);
    expect(composite.body.missing).toEqual([lastCounty]);
    // Values 8, 7, 5, 3, 3, 2, 1: the two 3s share rank 4 and the next is 6.
    expect(composite.body.units.map((u: any) => u.rank)).toEqual([1, 2, 3, 4, 4, 6, 7]);
    expectCompetitionRanks(composite.body.units);
  });

  it('keeps the set-wide neighbour lists until the boundaries are reloaded', async () => {
    const first = await countyNeighbours(sql, 'census-1395', 'queen');
    expect(await countyNeighbours(sql, 'census-1395', 'queen')).toBe(first);
    const [{ loaded_at } = { loaded_at: '' }] = await sql<{ loaded_at: string }[]>`
      SELECT loaded_at::text AS loaded_at FROM boundary_set WHERE code = 'census-1395'`;
    try {
      await sql`UPDATE boundary_set SET loaded_at = now() WHERE code = 'census-1395'`;
      const rebuilt = await countyNeighbours(sql, 'census-1395', 'queen');
      expect(rebuilt).not.toBe(first);
      expect(rebuilt.neighbours).toEqual(first.neighbours);
    } finally {
      await sql`UPDATE boundary_set SET loaded_at = ${loaded_at}::timestamptz WHERE code = 'census-1395'`;
    }
  });
});

const badRequests: [path: string, field: string][] = [
  ['/api/analysis/inequality', 'indicator'],
  ['/api/analysis/inequality?indicator=Unemployment', 'indicator'],
  ['/api/analysis/inequality?indicator=unemployment_rate&period=95', 'period'],
  ['/api/analysis/inequality?indicator=unemployment_rate&province=Isfahan', 'province'],
  ['/api/analysis/inequality?indicator=unemployment_rate&scheme=abc', 'scheme'],
  ['/api/analysis/inequality?indicator=unemployment_rate&weight=pop-ulation', 'weight'],
  ['/api/analysis/inequality?indicator=unemployment_rate&scheme=1&province=IR-19', 'scheme'],
  ['/api/analysis/inequality?indicator=unemployment_rate&scheme=1&set=current', 'scheme'],
  ['/api/analysis/autocorrelation', 'indicator'],
  ['/api/analysis/autocorrelation?indicator=unemployment_rate&contiguity=bishop', 'contiguity'],
  ['/api/analysis/autocorrelation?indicator=unemployment_rate&permutations=10000', 'permutations'],
  ['/api/analysis/autocorrelation?indicator=unemployment_rate&permutations=1.5', 'permutations'],
  ['/api/analysis/autocorrelation?indicator=unemployment_rate&permutations=many', 'permutations'],
  ['/api/analysis/autocorrelation?indicator=unemployment_rate&seed=-1', 'seed'],
  ['/api/analysis/autocorrelation?indicator=unemployment_rate&significance=0', 'significance'],
  ['/api/analysis/autocorrelation?indicator=unemployment_rate&significance=2', 'significance'],
  ['/api/analysis/autocorrelation?indicator=unemployment_rate&include=everything', 'include'],
  ['/api/analysis/autocorrelation?indicator=unemployment_rate&set=Robert%27);DROP', 'set'],
];

const notFound: [path: string, field: string][] = [
  ['/api/analysis/inequality?indicator=unemployment_rate&period=1390', 'period'],
  ['/api/analysis/inequality?indicator=unemployment_rate&set=census-1395&period=1400', 'period'],
  ['/api/analysis/inequality?indicator=no_such_indicator&set=census-1395', 'indicator'],
  ['/api/analysis/inequality?indicator=unemployment_rate&set=census-1395&weight=no_such_weight', 'weight'],
  ['/api/analysis/inequality?indicator=unemployment_rate&scheme=424242', 'scheme'],
  ['/api/analysis/inequality?indicator=unemployment_rate&set=census-1395&province=IR-77', 'province'],
  ['/api/analysis/autocorrelation?indicator=unemployment_rate&set=census-1999', 'set'],
  ['/api/analysis/autocorrelation?indicator=unemployment_rate&set=census-1395&period=1390', 'period'],
];

const six = { set: 'census-1395', indicators: ['unemployment_rate', 'higher_education_share'] };
const badBodies: [name: string, body: string | object, field: string, status?: number][] = [
  ['malformed JSON', '{"set": "census-1395", indicators: [', 'body'],
  ['an empty body', '', 'body'],
  ['a JSON array', '[1, 2]', 'body'],
  ['no indicators', { set: 'census-1395' }, 'indicators'],
  ['an empty indicator list', { ...six, indicators: [] }, 'indicators'],
  ['an indicator twice', { ...six, indicators: ['youth_share', 'youth_share'] }, 'indicators'],
  ['a bad indicator code', { ...six, indicators: ['Unemployment'] }, 'indicators'],
  [
    'a neutral indicator without a direction',
    { ...six, indicators: ['population', 'unemployment_rate'] },
    'indicators',
  ],
  ['weights of the wrong length', { ...six, weights: [1] }, 'weights'],
  ['a negative weight', { ...six, weights: [1, -1] }, 'weights'],
  ['weights all zero', { ...six, weights: [0, 0] }, 'weights'],
  ['weights as text', { ...six, weights: 'equal' }, 'weights'],
  ['an unknown normalisation', { ...six, normalisation: 'log' }, 'normalisation'],
  ['an unknown method', { ...six, method: 'ahp' }, 'method'],
  ['a bad polarity', { ...six, polarities: { unemployment_rate: 'lower_better' } }, 'polarities'],
  [
    'a polarity for an unlisted indicator',
    { ...six, polarities: { population: 'higher_better' } },
    'polarities',
  ],
  ['an unknown field', { ...six, weight: [1, 1] }, 'weight'],
  ['a bad province', { ...six, province: 'Zanjan' }, 'province'],
  ['an unknown indicator', { ...six, indicators: ['no_such_indicator'] }, 'indicators', 404],
  ['a period without values', { ...six, period: '1390' }, 'period', 404],
  ['an unknown set', { ...six, set: 'census-1999' }, 'set', 404],
];

describe('bad parameters', () => {
  it.each(badRequests)('%s → 400 naming %s', async (path, field) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.error.field).toBe(field);
    expect(body.error.message).toContain(field);
  });

  it.each(notFound)('%s → 404 naming %s', async (path, field) => {
    const { status, body } = await get(path);
    expect(status).toBe(404);
    expect(body.error.field).toBe(field);
  });

  it('says so when an indicator has no values for the period and set', async () => {
    const { body } = await get(
      '/api/analysis/inequality?indicator=unemployment_rate&set=census-1395&period=1400',
    );
    expect(body.error.message).toBe(
      'indicator unemployment_rate has no values for period 1400 on boundary set census-1395',
    );
  });

  it.each(badBodies)('composite with %s → 400 naming the field', async (_, payload, field, status = 400) => {
    const { status: got, body, text } = await post('/api/analysis/composite', payload);
    expect(got).toBe(status);
    expect(body.error.field).toBe(field);
    expect(body.error.message).toContain(field);
    expect(text).not.toMatch(/at .*\.ts:\d+|node_modules/);
  });

  it('refuses a composite body sent without a JSON content type', async () => {
    const { status, body } = await post('/api/analysis/composite', six, 'text/plain');
    expect(status).toBe(400);
    expect(body.error.field).toBe('body');
  });

  it('answers 422 when Moran I is undefined for the scope', async () => {
    // Qom (IR-25) is a single county in the 2016 census: no county has a neighbour inside it.
    const { status, body } = await get(
      `/api/analysis/autocorrelation?indicator=unemployment_rate&${CENSUS}&province=IR-25`,
    );
    expect(status).toBe(422);
    expect(body.error.field).toBe('province');
  });
});
