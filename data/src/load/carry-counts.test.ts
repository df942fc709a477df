import { describe, expect, it } from 'vitest';
import { type CarryRow, carryCounts } from './carry-counts.ts';
import type { CensusCounts } from './census-indicators.ts';
import { annualGrowth } from './population-1390.ts';

const counts = (population: number, active: number, unemployed: number): CensusCounts => ({
  population,
  age0to14: Math.round(population * 0.25),
  age15to29: Math.round(population * 0.3),
  age15to64: Math.round(population * 0.68),
  age65plus: population - Math.round(population * 0.25) - Math.round(population * 0.68),
  active,
  unemployed,
  femaleActive: Math.round(active * 0.2),
  femaleUnemployed: Math.round(unemployed * 0.3),
  activeHigherEducated: Math.round(active * 0.25),
});

const value = (vs: ReturnType<typeof carryCounts>, target: string, indicator: string, period = '1395') =>
  vs.get(target)?.find((v) => v.indicator === indicator && v.period === period);

describe('carryCounts', () => {
  const sources = new Map([
    ['A', { counts: counts(1001, 400, 41) }],
    [
      'B',
      {
        counts: counts(500, 200, 30),
        history: {
          population1390: 450,
          growth: annualGrowth(500, 450),
          estimated: false,
          method1390: 'measured',
          methodGrowth: 'measured',
        },
      },
    ],
  ]);
  const rows: CarryRow[] = [
    { source: 'A', target: 'a1', weight: 0.3, method: 'area-share' },
    { source: 'A', target: 'a2', weight: 0.7, method: 'area-share' },
    { source: 'B', target: 'b', weight: 1, method: 'same-county' },
  ];
  const carried = carryCounts(rows, sources);

  it('carries a same county exactly, unestimated, with its 1390 population and growth', () => {
    expect(value(carried, 'b', 'population')).toEqual({
      indicator: 'population',
      period: '1395',
      value: 500,
      estimated: false,
      method: 'same-county',
    });
    expect(value(carried, 'b', 'unemployment_rate')!.value).toBe((30 / 200) * 100);
    expect(value(carried, 'b', 'population', '1390')!.value).toBe(450);
    expect(value(carried, 'b', 'population_growth_rate')!.value).toBe(annualGrowth(500, 450));
  });

  it('shares a split county whole among its children and gives them its rates, flagged', () => {
    const a1 = value(carried, 'a1', 'population')!;
    const a2 = value(carried, 'a2', 'population')!;
    expect(a1.value + a2.value).toBe(1001);
    expect([a1.value, a2.value]).toEqual([300, 701]);
    expect(a1).toMatchObject({ estimated: true, method: 'area-share' });
    expect(value(carried, 'a1', 'unemployment_rate')!.value).toBe((41 / 400) * 100);
    expect(
      value(carried, 'a2', 'active_population')!.value + value(carried, 'a1', 'active_population')!.value,
    ).toBe(400);
    // No 1390 figures for A: none for its children either.
    expect(value(carried, 'a1', 'population', '1390')).toBeUndefined();
  });

  it('recomputes the rate of a merged county from the counts of its sources together', () => {
    const merged = carryCounts(
      [
        { source: 'A', target: 'm', weight: 1, method: 'same-county' },
        { source: 'B', target: 'm', weight: 1, method: 'merged' },
      ],
      sources,
    );
    expect(value(merged, 'm', 'population')).toMatchObject({
      value: 1501,
      estimated: false,
      method: 'merged',
    });
    expect(value(merged, 'm', 'unemployment_rate')!.value).toBeCloseTo((71 / 600) * 100, 12);
  });
});
