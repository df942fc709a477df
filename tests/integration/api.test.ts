import { describe, expect, inject, it } from 'vitest';
import { get } from './http.ts';

const IJRUD_CURRENT = 'osm-6554899';
const IJRUD_CENSUS = '1906';

describe('health and catalogue', () => {
  it('reports the engine and PostGIS version', async () => {
    const { status, body } = await get('/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, db: 'up' });
    expect(['pglite', 'postgres']).toContain(body.engine);
    expect(body.postgis).toMatch(/^3\.\d+/);
  });

  it('lists boundary sets with their counts and the OSM attribution', async () => {
    const { body } = await get('/api/meta');
    const sets = Object.fromEntries(body.boundarySets.map((s: any) => [s.code, s]));
    expect(sets.current).toMatchObject({ counties: 478, provinces: 31 });
    expect(sets['census-1395']).toMatchObject({ counties: 429, provinces: 31 });
    expect(body.attribution).toBe('© OpenStreetMap contributors');
    expect(body.statuses).toContain('execution');
  });

  it('describes each indicator with its formula, polarity, aggregation and availability', async () => {
    const { body } = await get('/api/indicators');
    const byCode = Object.fromEntries(body.map((i: any) => [i.code, i]));
    for (const code of [
      'population',
      'unemployment_rate',
      'female_unemployment_rate',
      'higher_education_share',
      'dependency_ratio',
      'youth_share',
    ]) {
      expect(byCode[code], code).toBeDefined();
      expect(byCode[code].formula.length).toBeGreaterThan(5);
      expect(byCode[code].available).toContainEqual({ set: 'census-1395', period: '1395', count: 429 });
    }
    expect(byCode.unemployment_rate).toMatchObject({
      polarity: 'higher_worse',
      aggregation: 'weighted_mean',
      weight_indicator: 'active_population',
    });
    expect(byCode.population.aggregation).toBe('sum');
  });
});

describe('boundaries', () => {
  it('serves 31 provinces as GeoJSON', async () => {
    const { body, headers } = await get('/api/provinces?set=current&zoom=4');
    expect(headers.get('content-type')).toContain('application/geo+json');
    expect(body.type).toBe('FeatureCollection');
    expect(body.features).toHaveLength(31);
    const zanjan = body.features.find((f: any) => f.properties.code === 'IR-19');
    expect(zanjan.properties.name_fa).toBe('زنجان');
    expect(zanjan.geometry.type).toBe('MultiPolygon');
  });

  it('serves all 478 current counties with names stripped of «شهرستان»', async () => {
    const { body } = await get('/api/counties?set=current&zoom=5');
    expect(body.features).toHaveLength(478);
    expect(body.features.every((f: any) => !f.properties.name_fa.startsWith('شهرستان'))).toBe(true);
    const ijrud = body.features.find((f: any) => f.properties.code === IJRUD_CURRENT);
    expect(ijrud.properties).toMatchObject({ name_fa: 'ایجرود', name_en: 'Ijrud', province: 'IR-19' });
    expect(Object.values(ijrud.properties.projects).reduce((a: number, b) => a + (b as number), 0)).toBe(15);
  });

  it('compresses large responses for clients that accept it, and not for those that do not', async () => {
    const url = new URL('/api/counties?set=current&zoom=5', inject('baseUrl'));
    for (const encoding of ['br', 'gzip']) {
      const res = await fetch(url, { headers: { 'accept-encoding': encoding } });
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('vary')).toContain('Accept-Encoding');
      expect(((await res.json()) as any).features).toHaveLength(478);
    }
    const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(((await plain.json()) as any).features).toHaveLength(478);
  });

  it('rounds coordinates to what the zoom needs', async () => {
    const coarse = await get('/api/counties?set=current&province=IR-19&zoom=4');
    const fine = await get('/api/counties?set=current&province=IR-19&zoom=12');
    const decimals = (text: string) =>
      Math.max(...[...text.matchAll(/\d+\.(\d+)/g)].map((m) => m[1]!.length));
    expect(decimals(JSON.stringify(coarse.body.features.map((f: any) => f.geometry)))).toBeLessThanOrEqual(2);
    expect(decimals(JSON.stringify(fine.body.features.map((f: any) => f.geometry)))).toBeGreaterThan(3);
    expect(coarse.text.length).toBeLessThan(fine.text.length);
  });

  it('filters counties by province and joins an indicator', async () => {
    const { body } = await get(
      '/api/counties?set=census-1395&province=IR-19&indicator=unemployment_rate&period=1395',
    );
    expect(body.features).toHaveLength(8);
    for (const f of body.features) {
      expect(f.properties.province).toBe('IR-19');
      expect(f.properties.value).toBeGreaterThan(0);
      expect(f.properties.value).toBeLessThan(50);
    }
  });

  it('describes one county with its indicators and project counts', async () => {
    const { status, body } = await get(`/api/counties/${IJRUD_CENSUS}?set=census-1395`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ code: IJRUD_CENSUS, name_fa: 'ایجرود', set: 'census-1395' });
    expect(body.province.code).toBe('IR-19');
    expect(body.bbox).toHaveLength(4);
    const population = body.indicators.find((i: any) => i.code === 'population');
    expect(population.period).toBe('1395');
    expect(population.value).toBeGreaterThan(10_000);
  });

  it('finds the county a point is in, as the project trigger would, and says when there is none', async () => {
    const { body: all } = await get('/api/counties?set=current&province=IR-19&zoom=5');
    const ijrud = all.features.find((f: any) => f.properties.code === IJRUD_CURRENT);
    const [lng, lat] = ijrud.properties.label;
    const inside = await get(`/api/counties/at?lng=${lng}&lat=${lat}`);
    expect(inside.status).toBe(200);
    expect(inside.body.county).toMatchObject({ code: IJRUD_CURRENT, name_fa: 'ایجرود' });
    expect(inside.body.county.province.code).toBe('IR-19');
    // Erbil (Iraq) is inside Iran's bounding box but in no county.
    const outside = await get('/api/counties/at?lng=44.01&lat=36.19');
    expect(outside.status).toBe(200);
    expect(outside.body.county).toBeNull();
    const bad = await get('/api/counties/at?lng=48.5&lat=north');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('lat');
    expect((await get('/api/counties/at?lng=48.5')).body.error.field).toBe('lat');
  });

  it('gives per-indicator values for a province', async () => {
    const { body } = await get('/api/indicators/population/values?set=census-1395&province=IR-10');
    expect(body.period).toBe('1395');
    expect(body.values).toHaveLength(24);
  });

  it('sums the national census population to the official total', async () => {
    const { body } = await get('/api/indicators/population/values?set=census-1395');
    expect(body.values.reduce((a: number, v: any) => a + v.value, 0)).toBe(79_926_270);
  });
});

describe('planning regions', () => {
  it('dissolves the illustrative Isfahan scheme into 7 regions with aggregated values', async () => {
    const schemes = await get('/api/region-schemes?set=census-1395&province=IR-10');
    expect(schemes.body).toHaveLength(1);
    const scheme = schemes.body[0];
    expect(scheme.illustrative).toBe(true);
    expect(scheme.regions).toHaveLength(7);
    expect(scheme.regions.flatMap((r: any) => r.counties).sort()).toHaveLength(24);

    const { body } = await get(`/api/regions?scheme=${scheme.id}&indicator=population&period=1395`);
    expect(body.features).toHaveLength(7);
    const total = body.features.reduce((a: number, f: any) => a + f.properties.value, 0);
    const province = await get('/api/indicators/population/values?set=census-1395&province=IR-10');
    expect(total).toBe(province.body.values.reduce((a: number, v: any) => a + v.value, 0));
  });

  it('weights a rate by its own denominator, not by population', async () => {
    const schemes = await get('/api/region-schemes?set=census-1395&province=IR-10');
    const scheme = schemes.body[0];
    const region = scheme.regions[0];
    const rates = await get('/api/indicators/unemployment_rate/values?set=census-1395&province=IR-10');
    const active = await get('/api/indicators/active_population/values?set=census-1395&province=IR-10');
    const rate = new Map(rates.body.values.map((v: any) => [v.code, v.value]));
    const weight = new Map(active.body.values.map((v: any) => [v.code, v.value]));
    let num = 0;
    let den = 0;
    for (const code of region.counties) {
      num += (rate.get(code) as number) * (weight.get(code) as number);
      den += weight.get(code) as number;
    }
    const { body } = await get(`/api/regions?scheme=${scheme.id}&indicator=unemployment_rate&period=1395`);
    const feature = body.features.find((f: any) => f.properties.code === region.code);
    expect(feature.properties.value).toBeCloseTo(num / den, 9);
  });
});

describe('driver projects', () => {
  it('lists published projects as points with county precision', async () => {
    const { body } = await get('/api/projects');
    expect(body.features.length).toBe(21);
    for (const f of body.features) {
      expect(f.geometry.type).toBe('Point');
      expect(f.properties.location_precision).toBe('county');
      // Anonymous: published projects only, without the internal fields (published among them).
      expect(f.properties).not.toHaveProperty('published');
      expect(f.properties).not.toHaveProperty('investment');
    }
  });

  it('filters by county, status, sector, province and bbox', async () => {
    const ijrud = await get(`/api/projects?county=${IJRUD_CURRENT}`);
    expect(ijrud.body.features).toHaveLength(15);
    expect(ijrud.body.features.every((f: any) => f.properties.county_name_fa === 'ایجرود')).toBe(true);
    const running = await get('/api/projects?province=IR-19&status=execution');
    expect(running.body.features).toHaveLength(3);
    const water = await get('/api/projects?sector=water');
    expect(water.body.features).toHaveLength(2);
    const isfahan = await get('/api/projects?province=IR-10');
    expect(isfahan.body.features).toHaveLength(4);
    const bbox = await get('/api/projects?bbox=44,24,63.5,40');
    expect(bbox.body.features).toHaveLength(21);
    const none = await get('/api/projects?bbox=10,10,11,11');
    expect(none.body.features).toHaveLength(0);
  });

  it('maps the source word «existing» to operational and keeps the source word', async () => {
    const { body } = await get('/api/projects?status=operational');
    expect(body.features.length).toBe(2);
    expect(body.features.every((f: any) => f.properties.source_status === 'existing')).toBe(true);
  });

  it('returns one project, and 404 for an unknown one', async () => {
    const list = await get('/api/projects?county=osm-6554899');
    const id = list.body.features[0].id;
    const one = await get(`/api/projects/${id}`);
    expect(one.status).toBe(200);
    expect(one.body.properties.id).toBe(id);
    const missing = await get('/api/projects/999999');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('999999');
  });
});
