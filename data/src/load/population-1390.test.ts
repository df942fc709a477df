import { describe, expect, it } from 'vitest';
import {
  annualGrowth,
  type County1390,
  type County1395,
  history1390,
  matchLineage,
  sameName,
  sumPopulation1390,
} from './population-1390.ts';

const c1390 = (province: string, name: string, population: number): County1390 => ({
  province,
  name,
  population,
  line: 2,
});
const c1395 = (code: string, name: string, population: number): County1395 => ({
  code,
  province: code.slice(0, 2),
  name,
  population,
});

describe('sumPopulation1390', () => {
  it('sums every age group and both sexes per province and name, whatever the spelling', () => {
    const col = { province_code: 0, county_name: 1, male: 2, female: 3 };
    const rows = [
      { line: 2, fields: ['02', 'قایمشهر', '10', '11'] },
      { line: 3, fields: ['02', 'قائم شهر', '5', '4'] },
      { line: 4, fields: ['23', 'تهران', '100', '90'] },
      { line: 5, fields: ['23', 'تهران', 'x', '1'] },
    ];
    const { counties, problems } = sumPopulation1390(rows, col);
    expect(counties.map((c) => [c.province, c.population])).toEqual([
      ['02', 30],
      ['23', 190],
    ]);
    expect(problems).toEqual([expect.objectContaining({ line: 5, loaded: false })]);
  });
});

describe('matchLineage', () => {
  const old = [
    c1390('06', 'اهواز', 1000),
    c1390('21', 'صدوق', 50),
    c1390('21', 'طبس', 70),
    c1390('06', 'گتوند', 9),
  ];
  const now = [
    c1395('0603', 'اهواز', 900),
    c1395('0627', 'کارون', 200),
    c1395('2108', 'اشکذر', 52),
    c1395('2911', 'طبس', 72),
    c1395('2320', 'پردیس', 10),
  ];
  const seed = [
    { code: '0627', province1390: '06', name1390: 'اهواز', how: 'split' },
    { code: '2108', province1390: '21', name1390: 'صدوق', how: 'renamed' },
    { code: '2911', province1390: '21', name1390: 'طبس', how: 'moved' },
    { code: '9999', province1390: '21', name1390: 'صدوق', how: 'bad code' },
    { code: '0603', province1390: '21', name1390: 'صدوق', how: 'already placed' },
  ];

  it('matches by name within the province, then by the lineage rows', () => {
    const lineage = matchLineage(old, now, seed);
    const ahvaz = lineage.groups.find((g) => g.parent.name === 'اهواز')!;
    expect(ahvaz.members).toEqual([
      { code: '0603', how: sameName },
      { code: '0627', how: 'split' },
    ]);
    // Tabas keeps its name but changed province: only the lineage row places it.
    expect(lineage.groups.find((g) => g.parent.name === 'طبس')!.members).toEqual([
      { code: '2911', how: 'moved' },
    ]);
  });

  it('lists the names it could not place and the rows it refused', () => {
    const lineage = matchLineage(old, now, seed);
    expect(lineage.unmatched1390.map((c) => c.name)).toEqual(['گتوند']);
    expect(lineage.without1390.map((c) => c.code)).toEqual(['2320']);
    expect(lineage.problems.map((p) => p.key)).toEqual(['9999', '0603']);
  });
});

describe('history1390', () => {
  it('keeps a single successor exact and gives a split group its own rate', () => {
    const lineage = matchLineage(
      [c1390('06', 'اهواز', 1001), c1390('06', 'شوش', 200)],
      [c1395('0603', 'اهواز', 900), c1395('0627', 'کارون', 200), c1395('0614', 'شوش', 210)],
      [{ code: '0627', province1390: '06', name1390: 'اهواز', how: 'split' }],
    );
    const p1395 = new Map([
      ['0603', 900],
      ['0627', 200],
      ['0614', 210],
    ]);
    const h = history1390(lineage.groups, p1395);
    expect(h.get('0614')).toEqual({
      population1390: 200,
      growth: annualGrowth(210, 200),
      estimated: false,
      method1390: 'measured',
      methodGrowth: 'measured',
    });
    // 1001 shared 900 : 200: exact 818.9 and 182.0, floors 818 + 182, the leftover unit to the .9.
    expect(h.get('0603')!.population1390 + h.get('0627')!.population1390).toBe(1001);
    expect(h.get('0603')!.population1390).toBe(819);
    expect(h.get('0627')).toMatchObject({
      estimated: true,
      method1390: 'lineage-share',
      methodGrowth: 'lineage-group',
    });
    expect(h.get('0627')!.growth).toBeCloseTo(annualGrowth(1100, 1001), 12);
  });

  it('computes the compound annual rate in percent', () => {
    expect(annualGrowth(79_926_270, 75_149_669)).toBeCloseTo(1.2403, 3);
    expect(annualGrowth(100, 100)).toBe(0);
  });
});
