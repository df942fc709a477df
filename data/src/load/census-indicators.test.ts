import { describe, expect, it } from 'vitest';
import { ageGroupStart, censusIndicatorValues, sumCensusCounts } from './census-indicators.ts';
import { columnIndex, parseCsv } from './parse-csv.ts';

// One county ("0001") with a hand-countable population and labour force, and a second one ("0102").
const population = parseCsv(
  [
    '"province_name","province_code","county_name","county_code","age_group","male","female"',
    '"p","00","a","0001","0-4",10,10', // 20 children
    '"p","00","a","0001","15-19",30,20', // 50, youth
    '"p","00","a","0001","25-29",10,10', // 20, youth
    '"p","00","a","0001","60-64",5,5', // 10
    '"p","00","a","0001","65-69",5,5', // 10 old
    '"p","00","a","0001",">100",0,0',
    '"p","01","b","0102","30-34",4,6',
  ].join('\n'),
);
const labour = parseCsv(
  [
    '"province_name","province_code","county_name","county_code","gender","status","Elementary school","College","Higher education","Illitrate"',
    '"p","00","a","0001","Male","Active",20,10,10,0', // 40 active men, 20 higher educated
    '"p","00","a","0001","Male","Unemployed",2,1,1,0', // 4
    '"p","00","a","0001","Female","Active",5,3,2,0', // 10 active women, 5 higher educated
    '"p","00","a","0001","Female","Unemployed",1,1,1,0', // 3
    '"p","01","b","0102","Male","Active",0,0,0,0',
  ].join('\n'),
);
const col = {
  population: columnIndex('population', population.header, ['county_code', 'age_group', 'male', 'female']),
  labour: columnIndex('labour', labour.header, ['county_code', 'gender', 'status']),
};

describe('sumCensusCounts and censusIndicatorValues', () => {
  const { counts, problems } = sumCensusCounts({ population, labour }, col);

  it('sums the counts of a county over age groups, sexes and education levels', () => {
    expect(problems).toEqual([]);
    expect(counts.get('0001')).toEqual({
      population: 110,
      age0to14: 20,
      age15to29: 70,
      age15to64: 80,
      age65plus: 10,
      active: 50,
      unemployed: 7,
      femaleActive: 10,
      femaleUnemployed: 3,
      activeHigherEducated: 25,
    });
  });

  it('computes each indicator by its formula', () => {
    const v = censusIndicatorValues(counts.get('0001')!);
    expect(v.population).toBe(110);
    expect(v.active_population).toBe(50);
    expect(v.female_active_population).toBe(10);
    expect(v.working_age_population).toBe(80);
    expect(v.unemployment_rate).toBeCloseTo((7 / 50) * 100, 12);
    expect(v.female_unemployment_rate).toBeCloseTo(30, 12);
    expect(v.higher_education_share).toBeCloseTo(50, 12);
    expect(v.dependency_ratio).toBeCloseTo((30 / 80) * 100, 12);
    expect(v.youth_share).toBeCloseTo((70 / 110) * 100, 12);
  });

  it('gives no rate where the denominator is zero', () => {
    const v = censusIndicatorValues(counts.get('0102')!);
    expect(v.population).toBe(10);
    expect(v.unemployment_rate).toBeNull();
    expect(v.female_unemployment_rate).toBeNull();
    expect(v.dependency_ratio).toBe(0);
  });

  it('reports an unreadable row with its line and leaves it out', () => {
    const bad = parseCsv(
      `${population.header.map((h) => `"${h}"`).join(',')}\n"p","00","a","0001","0-4",x,1\n`,
    );
    const r = sumCensusCounts({ population: bad, labour: { header: labour.header, rows: [] } }, col);
    expect(r.problems).toEqual([expect.objectContaining({ line: 2, key: '0001', loaded: false })]);
    expect(r.counts.size).toBe(0);
  });
});

describe('ageGroupStart', () => {
  it('reads the census age-group labels', () => {
    expect(ageGroupStart('0-4')).toBe(0);
    expect(ageGroupStart('95-99')).toBe(95);
    expect(ageGroupStart('>100')).toBe(100);
    expect(ageGroupStart('old')).toBeNull();
  });
});
