import { coverage as coverageSchema, projectStatuses, provinceBands } from '@tavazon/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, deleteTestProjects, openDb, projectBody, signedIn } from './accounts.ts';

// GET /api/coverage: each county's driver projects against its province's band, checked against the
// database itself (the projects as stored), on the current set and on the census set by location.

const sql = openDb();
const ZANJAN = 'IR-19';
let admin: Client;
let viewer: Client;
/** A Zanjan county of the current set with a point inside it. */
let county: { code: string; lng: number; lat: number; population: number };

beforeAll(async () => {
  admin = await signedIn(sql, 'admin');
  viewer = await signedIn(sql, 'viewer');
  const [row] = await sql<{ code: string; lng: number; lat: number; population: number }[]>`
    SELECT u.code, ST_X(ST_PointOnSurface(u.geom)) AS lng, ST_Y(ST_PointOnSurface(u.geom)) AS lat,
           v.value AS population
    FROM admin_unit u
    JOIN indicator_value v ON v.admin_unit_id = u.id AND v.indicator = 'population' AND v.period = '1395'
    WHERE u.boundary_set = 'current' AND u.level = 'county' AND u.province_code = ${ZANJAN}
      AND NOT EXISTS (SELECT 1 FROM project p WHERE p.county_id = u.id)
    ORDER BY u.code LIMIT 1`;
  county = row!;
});

afterAll(async () => {
  await deleteTestProjects(sql);
  await sql`DELETE FROM coverage_band WHERE province_code = ${ZANJAN}`;
  await sql.end({ timeout: 5 });
});

const zanjan = async (client: Client = viewer) => {
  const res = await client.get(`/api/coverage?set=current&province=${ZANJAN}`);
  expect(res.status, res.text.slice(0, 300)).toBe(200);
  return res.body as import('@tavazon/contract').Coverage;
};
const ours = async () => (await zanjan()).counties.find((c) => c.code === county.code)!;

describe('coverage of each county', () => {
  it('is for officials only', async () => {
    expect((await new Client().get('/api/coverage')).status).toBe(401);
    expect((await new Client().get('/api/coverage/bands')).status).toBe(401);
  });

  it('counts every county of the scope and its stored projects by status, as the contract says', async () => {
    const body = await zanjan();
    expect(coverageSchema.safeParse(body).error?.issues ?? []).toEqual([]);
    const [n] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM admin_unit
      WHERE boundary_set = 'current' AND level = 'county' AND province_code = ${ZANJAN}`;
    expect(body.counties).toHaveLength(n!.n);
    const stored = await sql<{ code: string; status: string; archived: boolean; n: number }[]>`
      SELECT u.code, p.status, p.archived, count(*)::int AS n
      FROM project p JOIN admin_unit u ON u.id = p.county_id
      WHERE u.province_code = ${ZANJAN} GROUP BY u.code, p.status, p.archived`;
    expect(stored.length).toBeGreaterThan(0);
    for (const c of body.counties) {
      const mine = stored.filter((s) => s.code === c.code);
      for (const status of projectStatuses) {
        const want = mine.filter((s) => s.status === status && !s.archived).reduce((a, s) => a + s.n, 0);
        expect(c.projects[status], `${c.code} ${status}`).toBe(want);
      }
      const active = mine.filter((s) => !s.archived && s.status !== 'cancelled').reduce((a, s) => a + s.n, 0);
      expect(c.active, c.code).toBe(active);
      expect(c.band).toEqual({ min: 3, max: 6 });
      expect(c.position).toBe(active < 3 ? 'below' : active > 6 ? 'above' : 'within');
    }
    const counts = { below: 0, within: 0, above: 0 };
    for (const c of body.counties) counts[c.position] += 1;
    expect(body.counts).toEqual(counts);
  });

  it('moves a county into the band as projects are added, and out again when they are cancelled or archived', async () => {
    expect((await ours()).active).toBe(0);
    expect((await ours()).position).toBe('below');
    const ids: number[] = [];
    for (const extra of [
      { investment: 120, investment_unit: 'IRR-billion', expected_jobs: 40 },
      { investment: 5, investment_unit: 'USD-million', expected_jobs: 10 },
      { status: 'execution' },
    ]) {
      const res = await admin.post('/api/projects', projectBody(county, extra));
      expect(res.status, res.text.slice(0, 200)).toBe(201);
      ids.push(res.body.id);
    }
    let now = await ours();
    expect(now).toMatchObject({ active: 3, position: 'within', investment: 120, expected_jobs: 50 });
    expect(now.projects).toMatchObject({ idea: 2, execution: 1 });
    expect(now.investment_other_currency).toBe(1);
    expect(now.investment_per_capita).toBeCloseTo((120e9 / county.population) * 1, 6);
    expect(now.active_per_100k).toBeCloseTo((3 / county.population) * 100_000, 9);
    expect(now.unemployed).toBeGreaterThan(0);
    expect(now.expected_jobs_per_1000_unemployed).toBeCloseTo((50 / now.unemployed!) * 1000, 9);

    const cancel = await admin.patch(`/api/projects/${ids[2]}`, { version: 1, status: 'cancelled' });
    expect(cancel.status, cancel.text.slice(0, 200)).toBe(200);
    const archive = await admin.patch(`/api/projects/${ids[1]}`, { version: 1, archived: true });
    expect(archive.status, archive.text.slice(0, 200)).toBe(200);
    now = await ours();
    expect(now).toMatchObject({ active: 1, archived: 1, position: 'below', expected_jobs: 40 });
    expect(now.projects).toMatchObject({ idea: 1, cancelled: 1 });
    expect(now.investment_other_currency).toBe(0);
  });

  it('says how many whole months ago the county last reported progress', async () => {
    const made = await admin.post('/api/projects', projectBody(county));
    const day = new Date(Date.now() - 100 * 86_400_000).toISOString().slice(0, 10);
    const report = await admin.post(`/api/projects/${made.body.id}/progress`, {
      reported_on: day,
      percent: 10,
    });
    expect(report.status, report.text.slice(0, 200)).toBe(201);
    const now = await ours();
    expect(now.last_report).toBe(day);
    const [then, today] = [new Date(`${day}T00:00:00Z`), new Date()];
    const months =
      (today.getUTCFullYear() - then.getUTCFullYear()) * 12 +
      today.getUTCMonth() -
      then.getUTCMonth() -
      (today.getUTCDate() < then.getUTCDate() ? 1 : 0);
    expect(now.months_since_report).toBe(months);
  });

  it('counts by location on the census set: each active project in the one census county covering it', async () => {
    const res = await viewer.get('/api/coverage?set=census-1395');
    expect(res.status).toBe(200);
    expect(coverageSchema.safeParse(res.body).error?.issues ?? []).toEqual([]);
    const total = (res.body.counties as { active: number }[]).reduce((a, c) => a + c.active, 0);
    const [row] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM project p
      WHERE NOT p.archived AND p.status <> 'cancelled' AND EXISTS (
        SELECT 1 FROM admin_unit u
        WHERE u.boundary_set = 'census-1395' AND u.level = 'county' AND ST_Covers(u.geom, p.location))`;
    expect(total).toBe(row!.n);
    expect(res.body.counties).toHaveLength(429);
  });
});

describe('the band per province', () => {
  it('defaults to 3–6 and is set by an admin, moving the counties’ positions', async () => {
    const bands = await viewer.get('/api/coverage/bands');
    expect(provinceBands.safeParse(bands.body).success).toBe(true);
    expect(bands.body.find((b: { province: string }) => b.province === ZANJAN)).toMatchObject({
      min: 3,
      max: 6,
      default: true,
    });
    const refused = await viewer.patch(`/api/coverage/bands/${ZANJAN}`, { min: 0, max: 1 });
    expect(refused.status).toBe(403);
    const set = await admin.patch(`/api/coverage/bands/${ZANJAN}`, { min: 0, max: 0 });
    expect(set.status, set.text).toBe(200);
    expect(set.body).toMatchObject({ province: ZANJAN, min: 0, max: 0, default: false });
    const body = await zanjan();
    for (const c of body.counties) {
      expect(c.band).toEqual({ min: 0, max: 0 });
      expect(c.position).toBe(c.active > 0 ? 'above' : 'within');
    }
    // Other provinces keep the default.
    const isfahan = await viewer.get('/api/coverage?province=IR-10');
    expect(isfahan.body.counties[0].band).toEqual({ min: 3, max: 6 });
  });

  it('refuses bad input with a 4xx naming the field', async () => {
    const cases: [string, unknown, number, string][] = [
      [ZANJAN, { min: 5, max: 2 }, 400, 'min'],
      [ZANJAN, { min: -1, max: 2 }, 400, 'min'],
      [ZANJAN, { min: 1.5, max: 2 }, 400, 'min'],
      [ZANJAN, { min: 1, max: 1e9 }, 400, 'max'],
      [ZANJAN, { min: 1, max: '6' }, 400, 'max'],
      [ZANJAN, { min: 1, max: 6, extra: 1 }, 400, 'extra'],
      [ZANJAN, { min: 1 }, 400, 'max'],
      ['IR-99', { min: 1, max: 2 }, 404, 'province'],
      ['isfahan', { min: 1, max: 2 }, 400, 'province'],
    ];
    for (const [province, body, status, field] of cases) {
      const res = await admin.patch(`/api/coverage/bands/${province}`, body);
      expect(res.status, `${province} ${JSON.stringify(body)}: ${res.text.slice(0, 200)}`).toBe(status);
      expect(res.body.error.field).toBe(field);
    }
    for (const [query, status, field] of [
      ['set=nowhere', 404, 'set'],
      ['set=NOT%20A%20SET', 400, 'set'],
      ['province=IR-99', 404, 'province'],
      ["province=IR-10'--", 400, 'province'],
    ] as const) {
      const res = await viewer.get(`/api/coverage?${query}`);
      expect(res.status, `${query}: ${res.text.slice(0, 200)}`).toBe(status);
      expect(res.body.error.field).toBe(field);
    }
  });
});

describe('the public coverage on a county page', () => {
  it('counts the active published projects only, against the band, the same way', async () => {
    // Another Zanjan county without projects of its own (the tests above add theirs to `county`).
    const [other] = await sql<{ code: string; lng: number; lat: number }[]>`
      SELECT u.code, ST_X(ST_PointOnSurface(u.geom)) AS lng, ST_Y(ST_PointOnSurface(u.geom)) AS lat
      FROM admin_unit u
      WHERE u.boundary_set = 'current' AND u.level = 'county' AND u.province_code = ${ZANJAN}
        AND u.code <> ${county.code} AND NOT EXISTS (SELECT 1 FROM project p WHERE p.county_id = u.id)
      ORDER BY u.code LIMIT 1`;
    const place = other!;
    // The default band (3–6): the tests above set Zanjan's own.
    await sql`DELETE FROM coverage_band WHERE province_code = ${ZANJAN}`;
    const publicView = async () => {
      const res = await new Client().get(`/api/counties/${place.code}?set=current`);
      expect(res.status, res.text.slice(0, 200)).toBe(200);
      return res.body.coverage as { active: number; band: { min: number; max: number }; position: string };
    };
    expect(await publicView()).toEqual({ active: 0, band: { min: 3, max: 6 }, position: 'below' });
    const made: number[] = [];
    for (const extra of [
      { published: true },
      { published: true, status: 'execution' },
      { published: true, status: 'execution' },
      {},
    ]) {
      const res = await admin.post('/api/projects', projectBody(place, extra));
      expect(res.status, res.text.slice(0, 200)).toBe(201);
      made.push(res.body.id);
    }
    // The unpublished project is not counted for the public; the officials' coverage counts it.
    expect(await publicView()).toEqual({ active: 3, band: { min: 3, max: 6 }, position: 'within' });
    const internal = (await zanjan()).counties.find((c) => c.code === place.code)!;
    expect(internal.active).toBe(4);
    // A cancelled and an archived published project leave the public count.
    const cancel = await admin.patch(`/api/projects/${made[2]}`, { version: 1, status: 'cancelled' });
    expect(cancel.status, cancel.text.slice(0, 200)).toBe(200);
    const archive = await admin.patch(`/api/projects/${made[1]}`, { version: 1, archived: true });
    expect(archive.status, archive.text.slice(0, 200)).toBe(200);
    expect(await publicView()).toMatchObject({ active: 1, position: 'below' });
    // The province's own band decides the position.
    await sql`
      INSERT INTO coverage_band (province_code, min_projects, max_projects) VALUES (${ZANJAN}, 1, 2)
      ON CONFLICT (province_code) DO UPDATE SET min_projects = 1, max_projects = 2`;
    expect(await publicView()).toEqual({ active: 1, band: { min: 1, max: 2 }, position: 'within' });
  });
});
