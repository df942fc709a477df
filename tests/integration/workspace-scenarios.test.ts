import { scenarioComparison, scenarioFigures, scenario as scenarioSchema } from '@tavazon/contract';
import { gini, theil } from '@tavazon/geo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, deleteTestProjects, openDb, projectChecksum, signedIn } from './accounts.ts';
import { countiesOf, needCriteria, scenarioBody, ZANJAN } from './scenarioBodies.ts';

// Scenarios of new driver projects: the draft → submit → approve/return workflow with its trail, 409 on
// stale edits, refusals that write nothing, and an approval that puts the projects in the registry.

const sql = openDb();
type Signed = Client & { id: number; username: string };
let planner: Signed;
let plannerElsewhere: Signed;
let approver: Signed;
let approverElsewhere: Signed;
let viewer: Signed;
/** Zanjan's three neediest counties by the scenario's need score. */
let neediest: string[];
let counties: { code: string; name_fa: string }[];

beforeAll(async () => {
  planner = await signedIn(sql, 'planner', [ZANJAN]);
  plannerElsewhere = await signedIn(sql, 'planner', ['IR-10']);
  approver = await signedIn(sql, 'approver', [ZANJAN]);
  approverElsewhere = await signedIn(sql, 'approver', ['IR-10']);
  viewer = await signedIn(sql, 'viewer');
  counties = await countiesOf(sql, ZANJAN);
  const need = await viewer.post('/api/need', {
    province: ZANJAN,
    indicators: needCriteria,
    method: 'topsis',
  });
  neediest = need.body.units.slice(0, 3).map((u: { code: string }) => u.code);
});

afterAll(async () => {
  await sql`DELETE FROM scenario WHERE name LIKE 'سناریوی آزمون-%'`;
  await deleteTestProjects(sql);
  await sql.end({ timeout: 5 });
});

const scenarioCount = async () => (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM scenario`)[0]!.n;

describe('a scenario from draft to approval', () => {
  let id: number;
  let updatedAt: string;

  it('is drafted by a planner of the province with its projects and a first step', async () => {
    const res = await planner.post('/api/scenarios', scenarioBody(neediest));
    expect(res.status, res.text.slice(0, 300)).toBe(201);
    expect(scenarioSchema.safeParse(res.body).error?.issues ?? []).toEqual([]);
    expect(res.body).toMatchObject({ status: 'draft', province: ZANJAN, may_edit: true, may_decide: false });
    expect(res.body.projects.map((p: { county: string }) => p.county)).toEqual(neediest);
    expect(res.body.steps).toMatchObject([{ action: 'created', actor: planner.username, note: null }]);
    id = res.body.id;
    updatedAt = res.body.updated_at;
  });

  it('answers a stale edit with 409 and the scenario as it is now', async () => {
    const fresh = await planner.patch(`/api/scenarios/${id}`, { updated_at: updatedAt, seed: 11 });
    expect(fresh.status, fresh.text.slice(0, 300)).toBe(200);
    expect(fresh.body.seed).toBe(11);
    const stale = await planner.patch(`/api/scenarios/${id}`, { updated_at: updatedAt, seed: 12 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'scenario.stale', field: 'updated_at' });
    expect(stale.body.current).toMatchObject({ id, seed: 11 });
    updatedAt = fresh.body.updated_at;
  });

  it('refuses edits that break the rules, writing nothing', async () => {
    const before = await sql`SELECT * FROM scenario_project WHERE scenario_id = ${id} ORDER BY position`;
    const other = (await countiesOf(sql, 'IR-10'))[0]!.code;
    const cases: [Client, Record<string, unknown>, number, string, string?][] = [
      [
        planner,
        { projects: [{ county: other, title_fa: 'بیرون', sector: 'energy' }] },
        400,
        'projects',
        'scenario.county_outside',
      ],
      [planner, { projects: [{ county: 'osm-1', title_fa: 'ناپیدا', sector: 'energy' }] }, 404, 'projects'],
      [planner, { projects: [{ county: neediest[0], title_fa: 'بخش', sector: 'space' }] }, 400, 'projects'],
      [planner, { projects: [{ county: neediest[0], title_fa: '', sector: 'energy' }] }, 400, 'projects'],
      [planner, { indicators: ['no_such_indicator'], weights: 'entropy' }, 404, 'indicators'],
      [planner, { weights: [1, -1, 1, 1] }, 400, 'weights'],
      [planner, { weights: [0, 0, 0, 0] }, 400, 'weights'],
      [planner, { weights: [1, 2] }, 400, 'weights'],
      [planner, { province: 'IR-10' }, 400, 'province'],
      [planner, { updated_at: 'yesterday' }, 400, 'updated_at'],
      [plannerElsewhere, { name: 'not mine' }, 403, 'province', 'project.province_forbidden'],
      [viewer, { name: 'not mine' }, 403, 'role'],
      [approver, { name: 'not mine' }, 403, 'role'],
    ];
    for (const [client, patch, status, field, code] of cases) {
      const res = await client.patch(`/api/scenarios/${id}`, { updated_at: updatedAt, ...patch });
      expect(res.status, `${JSON.stringify(patch)}: ${res.text.slice(0, 200)}`).toBe(status);
      expect(res.body.error.field).toBe(field);
      if (code) expect(res.body.error.code).toBe(code);
    }
    expect(await sql`SELECT * FROM scenario_project WHERE scenario_id = ${id} ORDER BY position`).toEqual(
      before,
    );
    const count = await scenarioCount();
    const outside = await planner.post(
      '/api/scenarios',
      scenarioBody([neediest[0]!, (await countiesOf(sql, 'IR-10'))[0]!.code]),
    );
    expect(outside.status).toBe(400);
    expect(outside.body.error).toMatchObject({ code: 'scenario.county_outside', field: 'projects' });
    expect(outside.body.error.message).toContain('projects.1.county');
    const elsewhere = await plannerElsewhere.post('/api/scenarios', scenarioBody(neediest));
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.error.field).toBe('province');
    expect(await scenarioCount()).toBe(count);
  });

  it('is submitted, then can no longer be edited, and only an approver of the province decides', async () => {
    const sent = await planner.post(`/api/scenarios/${id}/submit`, {
      updated_at: updatedAt,
      note: 'برای بررسی',
    });
    expect(sent.status, sent.text.slice(0, 300)).toBe(200);
    expect(sent.body).toMatchObject({ status: 'submitted', may_edit: false });
    updatedAt = sent.body.updated_at;
    const edit = await planner.patch(`/api/scenarios/${id}`, { updated_at: updatedAt, seed: 1 });
    expect(edit.status).toBe(409);
    expect(edit.body.error).toMatchObject({ code: 'scenario.status', field: 'status' });
    const checksum = await projectChecksum(sql);
    for (const [client, status, field] of [
      [planner, 403, 'role'],
      [viewer, 403, 'role'],
      [approverElsewhere, 403, 'province'],
    ] as const) {
      const res = await client.post(`/api/scenarios/${id}/approve`, { updated_at: updatedAt });
      expect(res.status, res.text.slice(0, 200)).toBe(status);
      expect(res.body.error.field).toBe(field);
    }
    expect(await projectChecksum(sql)).toEqual(checksum);
    const mine = await approver.get(`/api/scenarios/${id}`);
    expect(mine.body.may_decide).toBe(true);
  });

  it('is returned with a note, fixed and submitted again', async () => {
    const bare = await approver.post(`/api/scenarios/${id}/return`, { updated_at: updatedAt });
    expect(bare.status).toBe(400);
    expect(bare.body.error).toMatchObject({ code: 'scenario.note_required', field: 'note' });
    const back = await approver.post(`/api/scenarios/${id}/return`, {
      updated_at: updatedAt,
      note: 'سرمایه‌گذاری ردیف دوم را بازبینی کنید',
    });
    expect(back.status, back.text.slice(0, 200)).toBe(200);
    expect(back.body.status).toBe('returned');
    const fixed = await planner.patch(`/api/scenarios/${id}`, {
      updated_at: back.body.updated_at,
      projects: scenarioBody(neediest).projects.map((p, i) => (i === 1 ? { ...p, investment: 50 } : p)),
    });
    expect(fixed.status, fixed.text.slice(0, 200)).toBe(200);
    const again = await planner.post(`/api/scenarios/${id}/submit`, { updated_at: fixed.body.updated_at });
    expect(again.status).toBe(200);
    updatedAt = again.body.updated_at;
    expect(again.body.steps.map((s: { action: string }) => s.action)).toEqual([
      'created',
      'edited',
      'submitted',
      'returned',
      'edited',
      'submitted',
    ]);
    expect(again.body.steps[3]).toMatchObject({
      actor: approver.username,
      note: 'سرمایه‌گذاری ردیف دوم را بازبینی کنید',
    });
  });

  it('is approved: the projects enter the registry as approved, linked, with history naming the scenario', async () => {
    const ok = await approver.post(`/api/scenarios/${id}/approve`, {
      updated_at: updatedAt,
      note: 'تصویب شد',
    });
    expect(ok.status, ok.text.slice(0, 300)).toBe(200);
    expect(ok.body.status).toBe('approved');
    const ids = ok.body.projects.map((p: { project_id: number | null }) => p.project_id);
    expect(ids.every((x: number | null) => typeof x === 'number')).toBe(true);
    const rows = await sql<
      { id: number; status: string; county: string; scenario_id: number; investment: number | null }[]
    >`
      SELECT p.id::int AS id, p.status, u.code AS county, p.scenario_id::int AS scenario_id,
             p.investment::float8 AS investment
      FROM project p JOIN admin_unit u ON u.id = p.county_id WHERE p.id IN ${sql(ids)} ORDER BY p.id`;
    expect(rows.map((r) => r.county)).toEqual(neediest);
    expect(rows.every((r) => r.status === 'approved' && r.scenario_id === id)).toBe(true);
    expect(rows.map((r) => r.investment)).toEqual([100, 50, 300]);
    const timeline = await viewer.get(`/api/projects/${ids[0]}/timeline`);
    expect(timeline.body.events[0]).toMatchObject({
      kind: 'history',
      action: 'scenario',
      actor: approver.username,
    });
    expect(timeline.body.events[0].note).toContain(ok.body.name);
    const twice = await approver.post(`/api/scenarios/${id}/approve`, { updated_at: ok.body.updated_at });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('scenario.status');
    const stale = await approver.post(`/api/scenarios/${id}/approve`, { updated_at: updatedAt });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('scenario.stale');
  });

  it('shows before and after, the before leaving out the projects its approval created', async () => {
    const res = await viewer.get(`/api/scenarios/${id}/figures`);
    expect(res.status, res.text.slice(0, 300)).toBe(200);
    expect(scenarioFigures.safeParse(res.body).error?.issues ?? []).toEqual([]);
    const coverage = await viewer.get(`/api/coverage?province=${ZANJAN}`);
    const now = new Map(
      coverage.body.counties.map((c: { code: string; active: number }) => [c.code, c.active]),
    );
    for (const c of res.body.counties) {
      const proposed = neediest.filter((n) => n === c.code).length;
      expect(c.proposed, c.code).toBe(proposed);
      // Approved: the registry now holds the proposed projects.
      expect(c.active_after, c.code).toBe(now.get(c.code));
      expect(c.active_before, c.code).toBe(c.active_after - proposed);
    }
    const counts = (key: 'position_before' | 'position_after') => {
      const out = { below: 0, within: 0, above: 0 };
      for (const c of res.body.counties) out[c[key] as 'below'] += 1;
      return out;
    };
    expect(res.body.before.counts).toEqual(counts('position_before'));
    expect(res.body.after.counts).toEqual(counts('position_after'));
    const per100k = res.body.counties.map((c: { per_100k_after: number }) => c.per_100k_after);
    expect(res.body.after.gini_active).toBeCloseTo(gini(per100k), 12);
    expect(res.body.after.theil_active).toBeCloseTo(theil(per100k), 12);
    const money = res.body.counties.map(
      (c: { investment_per_capita_after: number }) => c.investment_per_capita_after,
    );
    expect(res.body.after.gini_investment).toBeCloseTo(gini(money), 12);
  });
});

describe('two scenarios side by side', () => {
  it('gives both figures and the counties in which they differ', async () => {
    const a = await planner.post('/api/scenarios', scenarioBody([counties[0]!.code, counties[1]!.code]));
    const b = await planner.post(
      '/api/scenarios',
      scenarioBody([counties[1]!.code, counties[2]!.code, counties[2]!.code]),
    );
    expect([a.status, b.status]).toEqual([201, 201]);
    const res = await viewer.get(`/api/scenarios/compare?a=${a.body.id}&b=${b.body.id}`);
    expect(res.status, res.text.slice(0, 300)).toBe(200);
    expect(scenarioComparison.safeParse(res.body).error?.issues ?? []).toEqual([]);
    expect(res.body.differing.map((d: { code: string; a: number; b: number }) => [d.code, d.a, d.b])).toEqual(
      [
        [counties[0]!.code, 1, 0],
        [counties[2]!.code, 0, 2],
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
    // Drafts change nothing yet: their "before" is the registry as it is.
    expect(res.body.a.before).toEqual(res.body.b.before);
    expect((await viewer.get('/api/scenarios/compare?a=1')).body.error.field).toBe('b');
    expect((await viewer.get('/api/scenarios/compare?a=0&b=1')).body.error.field).toBe('a');
    expect((await new Client().get(`/api/scenarios/${a.body.id}`)).status).toBe(401);
    expect((await viewer.get('/api/scenarios/999999999')).status).toBe(404);
  });

  it('lists scenarios by province and status', async () => {
    const res = await viewer.get(`/api/scenarios?province=${ZANJAN}&status=approved`);
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect(res.body.every((s: { status: string }) => s.status === 'approved')).toBe(true);
    expect((await viewer.get('/api/scenarios?status=lost')).body.error.field).toBe('status');
  });
});
