import { countyDetail, indicatorList, indicatorSeries, indicatorValues } from '@tavazon/contract';
import { describe, expect, inject, it } from 'vitest';
import { get } from './http.ts';

// The census indicators on both boundary sets and over both periods, as the API gives them: the
// catalogue's periods per set, values and county details with `estimated` and `method`, a county's
// series, and the CSV export carrying the flag.

const IJRUD = 'osm-6554899';
const KARUN = 'osm-6555159';
const PARDIS = 'osm-6555265';

describe('indicators over periods and boundary sets', () => {
  it('lists the periods of each indicator per set', async () => {
    const { body } = await get('/api/indicators');
    expect(indicatorList.safeParse(body).success).toBe(true);
    const byCode = Object.fromEntries(body.map((i: any) => [i.code, i]));
    expect(byCode.population.periods).toEqual({ 'census-1395': ['1390', '1395'], current: ['1390', '1395'] });
    expect(byCode.unemployment_rate.periods).toEqual({ 'census-1395': ['1395'], current: ['1395'] });
    expect(byCode.population_growth_rate.periods.current).toEqual(['1395']);
    expect(byCode.population.available).toContainEqual({ set: 'current', period: '1395', count: 478 });
  });

  it('shows Ijrud on the current set with its census indicators, exact', async () => {
    const { status, body } = await get(`/api/counties/${IJRUD}?set=current`);
    expect(status).toBe(200);
    expect(countyDetail.safeParse(body).success).toBe(true);
    const population = body.indicators.filter((i: any) => i.code === 'population');
    expect(population).toEqual([
      expect.objectContaining({ period: '1395', value: 36_641, estimated: false, method: 'same-county' }),
      expect.objectContaining({ period: '1390', value: 38_416, estimated: false, method: 'same-county' }),
    ]);
    expect(body.indicators.map((i: any) => i.code)).toContain('unemployment_rate');
  });

  it('marks the values of a split census county as estimated, on the map layer too', async () => {
    const values = await get('/api/indicators/population/values?set=current&period=1395');
    expect(indicatorValues.safeParse(values.body).success).toBe(true);
    expect(values.body.values).toHaveLength(478);
    const estimated = values.body.values.filter((v: any) => v.estimated);
    expect(estimated).toHaveLength(90);
    expect(new Set(estimated.map((v: any) => v.method))).toEqual(new Set(['area-share']));
    const map = await get('/api/counties?set=current&indicator=population&period=1395');
    const flagged = map.body.features.filter((f: any) => f.properties.estimated === true);
    expect(flagged.map((f: any) => f.properties.code).sort()).toEqual(
      estimated.map((v: any) => v.code).sort(),
    );
  });

  it("gives a county's series, oldest first, with how each value was obtained", async () => {
    const { status, body } = await get(`/api/indicators/population/series?set=current&county=${KARUN}`);
    expect(status).toBe(200);
    expect(indicatorSeries.safeParse(body).success).toBe(true);
    expect(body.county).toMatchObject({ code: KARUN, name_fa: 'کارون' });
    expect(body.series.map((s: any) => [s.period, s.value, s.estimated, s.method])).toEqual([
      ['1390', 101_018, true, 'same-county+lineage-share'],
      ['1395', 105_872, false, 'same-county'],
    ]);
    // Pardis has no known 1390 parent: its growth is not available, an empty series, not a guess.
    const pardis = await get(`/api/indicators/population_growth_rate/series?set=current&county=${PARDIS}`);
    expect(pardis.status).toBe(200);
    expect(pardis.body.series).toEqual([]);
  });

  it('answers a series asked for badly with a 4xx naming the field', async () => {
    const cases: [string, number, string][] = [
      [`/api/indicators/population/series?set=current&county=osm-1`, 404, 'county'],
      [`/api/indicators/population/series?set=current`, 400, 'county'],
      [`/api/indicators/population/series?set=current&county=a%27b`, 400, 'county'],
      [`/api/indicators/no_such/series?set=current&county=${IJRUD}`, 404, 'indicator'],
      [`/api/indicators/population/series?set=census-1999&county=${IJRUD}`, 404, 'set'],
      ['/api/indicators/population/values?set=current&format=pdf', 400, 'format'],
    ];
    for (const [path, status, field] of cases) {
      const res = await get(path);
      expect([path, res.status, res.body.error?.field]).toEqual([path, status, field]);
    }
  });

  it('exports the values as CSV with the estimated flag and the method', async () => {
    const res = await fetch(
      new URL(
        '/api/indicators/unemployment_rate/values?set=current&province=IR-09&format=csv',
        inject('baseUrl'),
      ),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain(
      'tavazon-unemployment_rate-current-1395-IR-09.csv',
    );
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('code,name_fa,name_en,province,period,value,estimated,method');
    // Kuhsorkh was formed from Kashmar after 1395: an estimate, by area share.
    const kuhsorkh = lines.find((l) => l.startsWith('osm-11096697,'));
    expect(kuhsorkh).toMatch(/,1395,[0-9.]+,true,area-share$/);
    expect(lines.some((l) => l.endsWith(',false,same-county'))).toBe(true);
  });
});
