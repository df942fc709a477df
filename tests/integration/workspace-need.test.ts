import { gap as gapSchema, need as needSchema, stability as stabilitySchema } from '@tavazon/contract';
import { rankStability } from '@tavazon/geo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, openDb, signedIn } from './accounts.ts';

// The need score (rank 1 = most in need), the gap against coverage and the rank stability, checked
// against the composite analysis (need = 1 − development score), geo's own rankStability and the
// coverage endpoint.

const sql = openDb();
const ISFAHAN = 'IR-10';
const criteria = [
  'unemployment_rate',
  'female_unemployment_rate',
  'higher_education_share',
  'dependency_ratio',
];
let viewer: Client;
const anonymous = new Client();

beforeAll(async () => {
  viewer = await signedIn(sql, 'viewer');
});
afterAll(() => sql.end({ timeout: 5 }));

const conforms = (schema: { safeParse: (x: unknown) => { error?: { issues: unknown[] } } }, body: unknown) =>
  expect(schema.safeParse(body).error?.issues.slice(0, 3) ?? []).toEqual([]);

describe('the need score', () => {
  it.each(['weighted-sum', 'topsis'] as const)(
    'is 1 − the development score of the same criteria and weights (%s), rank 1 the neediest',
    async (method) => {
      const body = { province: ISFAHAN, indicators: criteria, weights: [4, 3, 2, 1], method };
      const need = await anonymous.post('/api/need', body);
      expect(need.status, need.text.slice(0, 300)).toBe(200);
      conforms(needSchema, need.body);
      expect(need.body.rankOrder).toBe('1 = most in need');
      const development = await anonymous.post('/api/analysis/composite', body);
      expect(development.status).toBe(200);
      const score = new Map(
        development.body.units.map((u: { code: string; score: number }) => [u.code, u.score]),
      );
      expect(need.body.units).toHaveLength(development.body.units.length);
      for (const u of need.body.units) expect(u.need + (score.get(u.code) as number)).toBeCloseTo(1, 9);
      const ranks = need.body.units.map((u: { rank: number }) => u.rank);
      expect(ranks[0]).toBe(1);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
      // The neediest is the least developed.
      expect(need.body.units[0].code).toBe(development.body.units.at(-1).code);
      if (method === 'weighted-sum') {
        for (const u of need.body.units) {
          const parts = Object.values(u.contributions as Record<string, number>).reduce((a, b) => a + b, 0);
          expect(parts).toBeCloseTo(u.need, 12);
        }
      }
    },
  );

  it('takes entropy weights measured towards need', async () => {
    const res = await anonymous.post('/api/need', { province: ISFAHAN, indicators: criteria });
    expect(res.status).toBe(200);
    expect(res.body.weighting).toBe('entropy');
    const weights = Object.values(res.body.weights as Record<string, number>);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(weights.every((w) => w > 0)).toBe(true);
    expect(res.body.polarities).toEqual({
      unemployment_rate: 'higher_worse',
      female_unemployment_rate: 'higher_worse',
      higher_education_share: 'higher_better',
      dependency_ratio: 'higher_worse',
    });
  });

  it('refuses bad input with a 4xx naming the field, never a 5xx', async () => {
    const base = { province: ISFAHAN, indicators: criteria };
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...base, indicators: ['no_such_indicator'] }, 404, 'indicators'],
      [{ ...base, indicators: ['unemployment_rate', 'unemployment_rate'] }, 400, 'indicators'],
      [{ ...base, indicators: ['population'] }, 400, 'indicators'],
      [{ ...base, weights: [1, -1, 1, 1] }, 400, 'weights'],
      [{ ...base, weights: [0, 0, 0, 0] }, 400, 'weights'],
      [{ ...base, weights: ['NaN', 1, 1, 1] }, 400, 'weights'],
      [{ ...base, weights: [1, 1, 1] }, 400, 'weights'],
      [{ ...base, weights: 'equal' }, 400, 'weights'],
      [{ ...base, method: 'median' }, 400, 'method'],
      [{ ...base, polarities: { population: 'higher_worse' } }, 400, 'polarities'],
      [{ ...base, province: 'IR-99' }, 404, 'province'],
      [{ ...base, set: 'nowhere' }, 404, 'set'],
      [{ ...base, colour: 'red' }, 400, 'colour'],
    ];
    for (const [body, status, field] of cases) {
      for (const path of ['/api/need', '/api/need/stability']) {
        const res = await viewer.post(path, body);
        expect(res.status, `${path} ${JSON.stringify(body)}: ${res.text.slice(0, 200)}`).toBe(status);
        expect(res.body.error.field).toBe(field);
      }
    }
    // JSON.parse reads 1e999 as Infinity: refused like any number that is not finite.
    const overflowing = await viewer.request('POST', '/api/need', {
      body: `{"province":"IR-10","indicators":["unemployment_rate","dependency_ratio"],"weights":[1e999,1]}`,
      headers: { 'content-type': 'application/json' },
    });
    expect(overflowing.status).toBe(400);
    expect(overflowing.body.error.field).toBe('weights');
    // Huge but finite weights are scaled by their ratio.
    const huge = await viewer.post('/api/need', { ...base, weights: [1e308, 1e308, 1e308, 1e308] });
    expect(huge.status).toBe(200);
    expect(Object.values(huge.body.weights)).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
});

describe('the gap between need and coverage', () => {
  it('is for officials, joins each county’s coverage and lists the counties below the band first', async () => {
    const body = { province: ISFAHAN, indicators: criteria };
    expect((await anonymous.post('/api/need/gap', body)).status).toBe(401);
    const res = await viewer.post('/api/need/gap', body);
    expect(res.status, res.text.slice(0, 300)).toBe(200);
    conforms(gapSchema, res.body);
    const coverage = await viewer.get(`/api/coverage?province=${ISFAHAN}`);
    const byCode = new Map(coverage.body.counties.map((c: { code: string }) => [c.code, c]));
    const units = res.body.units as {
      code: string;
      rank: number;
      gap: number;
      gapRank: number;
      needClass: number;
      coverageClass: string;
      coverage: { position: string };
    }[];
    expect(units.map((u) => u.gapRank)).toEqual(units.map((_, i) => i + 1));
    const order = { below: 0, within: 1, above: 2 } as Record<string, number>;
    for (let i = 1; i < units.length; i++) {
      const [a, b] = [units[i - 1]!, units[i]!];
      expect(order[a.coverageClass]! <= order[b.coverageClass]!).toBe(true);
      if (a.coverageClass === b.coverageClass) expect(a.gap).toBeGreaterThanOrEqual(b.gap);
    }
    for (const u of units) {
      expect(u.coverage).toEqual(byCode.get(u.code));
      expect(u.coverageClass).toBe(u.coverage.position);
      expect(u.gap).toBeGreaterThanOrEqual(-1);
      expect(u.gap).toBeLessThanOrEqual(1);
    }
    // Thirds of the need rank: the neediest third is class 3.
    const neediest = units.reduce((a, b) => (a.rank < b.rank ? a : b));
    expect(neediest.needClass).toBe(3);
    expect(new Set(units.map((u) => u.needClass))).toEqual(new Set([1, 2, 3]));
  });
});

describe('rank stability', () => {
  const body = {
    province: ISFAHAN,
    indicators: criteria,
    method: 'topsis',
    draws: 1000,
    seed: 1404,
    topK: 3,
    concentration: 50,
  };

  it('is geo’s rankStability of the need matrix, computed off the event loop and reproducible', async () => {
    const res = await anonymous.post('/api/need/stability', body);
    expect(res.status, res.text.slice(0, 300)).toBe(200);
    conforms(stabilitySchema, res.body);
    expect(res.body.weightings).toBe(1000 + criteria.length);
    // The need matrix, back from the contributions (w × value) of the need score.
    const need = await anonymous.post('/api/need', {
      province: ISFAHAN,
      indicators: criteria,
      method: 'topsis',
    });
    const weights = criteria.map((c) => need.body.weights[c] as number);
    const units = [...need.body.units].sort((a, b) => a.code.localeCompare(b.code));
    const matrix = units.map((u) => criteria.map((c, j) => u.contributions[c] / weights[j]!));
    const oracle = rankStability(matrix, {
      weights,
      method: 'topsis',
      draws: 1000,
      concentration: 50,
      seed: 1404,
      topK: 3,
    });
    const got = new Map(res.body.units.map((u: { code: string }) => [u.code, u]));
    units.forEach((u, i) => {
      expect(got.get(u.code), u.code).toMatchObject({
        low: oracle.low[i],
        median: oracle.median[i],
        high: oracle.high[i],
        topShare: oracle.topShare[i],
        robust: oracle.high[i]! <= 3,
      });
    });
    expect((await anonymous.post('/api/need/stability', body)).body).toEqual(res.body);
    const other = await anonymous.post('/api/need/stability', { ...body, seed: 1405 });
    expect(other.body.units).not.toEqual(res.body.units);
  });

  it('keeps the server answering while a large run is computed', async () => {
    const big = {
      indicators: [...criteria, 'youth_share', 'population_growth_rate'],
      polarities: { youth_share: 'higher_worse', population_growth_rate: 'higher_better' },
      draws: 5000,
      seed: 3,
      topK: 20,
    };
    let stabilityDone = 0;
    const running = anonymous.post('/api/need/stability', big).then((r) => {
      stabilityDone = performance.now();
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    const health = await anonymous.get('/api/health');
    const healthDone = performance.now();
    const res = await running;
    expect(res.status, res.text.slice(0, 300)).toBe(200);
    expect(res.body.units.length).toBeGreaterThan(400);
    expect(health.status).toBe(200);
    expect(healthDone).toBeLessThan(stabilityDone);
  });

  it('refuses bad options with a 400 naming them', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ draws: 0 }, 'draws'],
      [{ draws: 5001 }, 'draws'],
      [{ draws: 1.5 }, 'draws'],
      [{ seed: -1 }, 'seed'],
      [{ seed: 2 ** 32 }, 'seed'],
      [{ topK: 0 }, 'topK'],
      [{ topK: 999 }, 'topK'],
      [{ concentration: 0 }, 'concentration'],
      [{ concentration: 'wide' }, 'concentration'],
    ];
    for (const [extra, field] of cases) {
      const res = await anonymous.post('/api/need/stability', { ...body, ...extra });
      expect(res.status, `${JSON.stringify(extra)}: ${res.text.slice(0, 200)}`).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
  });
});
