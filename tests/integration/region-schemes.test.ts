import { loadAll } from '@tavazon/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, openDb, signedIn } from './accounts.ts';
import { zanjanScheme } from './schemes.ts';

const sql = openDb();
let planner: Client;
let admin: Client;

beforeAll(async () => {
  planner = await signedIn(sql, 'planner', ['IR-19']);
  admin = await signedIn(sql, 'admin');
});
afterAll(async () => {
  // Leave only the loaded (seeded) scheme for the other test files.
  await sql`DELETE FROM region_scheme WHERE seed_key IS NULL`;
  await sql.end({ timeout: 5 });
});

describe('planning-region schemes', () => {
  it('a planner creates a scheme for their province, and its regions dissolve and aggregate', async () => {
    const res = await planner.post('/api/region-schemes', zanjanScheme());
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ set: 'census-1395', province: 'IR-19', illustrative: false });
    expect(res.body.regions.map((r: any) => r.counties.length)).toEqual([5, 3]);
    const regions = await planner.get(`/api/regions?scheme=${res.body.id}&indicator=population&period=1395`);
    expect(regions.body.features).toHaveLength(2);
    const province = await planner.get('/api/indicators/population/values?set=census-1395&province=IR-19');
    const total = province.body.values.reduce((a: number, v: any) => a + v.value, 0);
    expect(regions.body.features.reduce((a: number, f: any) => a + f.properties.value, 0)).toBe(total);
  });

  it('refuses a scheme that leaves a county out, naming the missing ones', async () => {
    const body = zanjanScheme();
    body.regions[1]!.counties = ['1901', '1904'];
    const res = await planner.post('/api/region-schemes', body);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('regions');
    expect(res.body.membership.missing).toEqual(['1907', '1908', '1910']);
    expect(res.body.error.message).toContain('1907');
  });

  it('refuses a county in two regions, a county from elsewhere and a repeated region code', async () => {
    const twice = zanjanScheme();
    twice.regions[0]!.counties.push('1901');
    expect((await planner.post('/api/region-schemes', twice)).body.membership.duplicated).toEqual(['1901']);
    const foreign = zanjanScheme();
    foreign.regions[0]!.counties.push('1002');
    expect((await planner.post('/api/region-schemes', foreign)).body.membership.unknown).toEqual(['1002']);
    const repeated = zanjanScheme();
    repeated.regions[1]!.code = 'west';
    const res = await planner.post('/api/region-schemes', repeated);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('west');
  });

  it('keeps a planner to their provinces and a national scheme to unrestricted editors', async () => {
    const isfahan = await planner.post('/api/region-schemes', { ...zanjanScheme(), province: 'IR-10' });
    expect(isfahan.status).toBe(403);
    const national = await planner.post('/api/region-schemes', { ...zanjanScheme(), province: null });
    expect(national.status).toBe(403);
  });

  it('renames, regroups and refuses a stale edit with the current scheme', async () => {
    const created = (await planner.post('/api/region-schemes', zanjanScheme())).body;
    const renamed = await planner.patch(`/api/region-schemes/${created.id}`, {
      updated_at: created.updated_at,
      name_fa: 'نام تازه',
    });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.body.name_fa).toBe('نام تازه');
    expect(renamed.body.regions).toEqual(created.regions);

    const stale = await admin.patch(`/api/region-schemes/${created.id}`, {
      updated_at: created.updated_at,
      name_en: 'lost?',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current.name_fa).toBe('نام تازه');

    const regrouped = await admin.patch(`/api/region-schemes/${created.id}`, {
      updated_at: renamed.body.updated_at,
      regions: [
        {
          code: 'all',
          name_fa: 'همه',
          name_en: 'All',
          counties: zanjanScheme().regions.flatMap((r) => r.counties),
        },
      ],
    });
    expect(regrouped.status, regrouped.text).toBe(200);
    expect(regrouped.body.regions).toHaveLength(1);
    expect(regrouped.body.regions[0].counties).toHaveLength(8);
  });

  it('leaves a seeded scheme that people edited alone when the loader runs again', async () => {
    const [seeded] = (await admin.get('/api/region-schemes?set=census-1395&province=IR-10')).body;
    const edited = await admin.patch(`/api/region-schemes/${seeded.id}`, {
      updated_at: seeded.updated_at,
      name_en: 'Isfahan regions as the planners revised them',
    });
    expect(edited.status, edited.text).toBe(200);
    const summary = await loadAll(sql, { only: ['regions'] });
    expect(summary.failed).toBe(false);
    const after = await admin.get(`/api/region-schemes/${seeded.id}`);
    expect(after.body.name_en).toBe('Isfahan regions as the planners revised them');
    // The demo scheme is there again, as seeded, beside the edited one (removed in afterAll).
    const isfahan = (await admin.get('/api/region-schemes?set=census-1395&province=IR-10')).body;
    expect(isfahan).toHaveLength(2);
  });

  it('deletes a scheme', async () => {
    const created = (await admin.post('/api/region-schemes', zanjanScheme())).body;
    expect((await admin.request('DELETE', `/api/region-schemes/${created.id}`)).status).toBe(204);
    expect((await admin.get(`/api/region-schemes/${created.id}`)).status).toBe(404);
  });

  it('validates the body, naming the field', async () => {
    const res = await planner.post('/api/region-schemes', { ...zanjanScheme(), regions: [] });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('regions');
    const extra = await planner.post('/api/region-schemes', { ...zanjanScheme(), colour: 'red' });
    expect(extra.status).toBe(400);
  });
});
