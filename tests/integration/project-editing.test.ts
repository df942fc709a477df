import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, type Client, deleteTestProjects, openDb, places, projectBody, signedIn } from './accounts.ts';

const sql = openDb();
let admin: Client;
let planner: Client; // Tehran province only
let viewer: Client;
const anonymous = () => new (admin.constructor as typeof Client)();

beforeAll(async () => {
  admin = await signedIn(sql, 'admin');
  planner = await signedIn(sql, 'planner', [places.tehran.province]);
  viewer = await signedIn(sql, 'viewer');
});
afterAll(async () => {
  await deleteTestProjects(sql);
  await sql.end({ timeout: 5 });
});

async function create(
  client: Client,
  extra: Record<string, unknown> = {},
  place: { lng: number; lat: number } = places.tehran,
) {
  const res = await client.post('/api/projects', projectBody(place, extra));
  expect(res.status, res.text).toBe(201);
  return res.body;
}

describe('creating and editing a project', () => {
  it('derives the county and province from the location and starts at version 1 with history', async () => {
    const p = await create(admin, { investment: 120, investment_unit: 'IRR-billion', note: 'from the plan' });
    expect(p.properties).toMatchObject({
      county: places.tehran.county,
      province: places.tehran.province,
      version: 1,
      created_by: admin.user.username,
      published: false,
    });
    const timeline = await admin.get(`/api/projects/${p.id}/timeline`);
    expect(timeline.body.events).toHaveLength(1);
    expect(timeline.body.events[0]).toMatchObject({
      kind: 'history',
      version: 1,
      action: 'created',
      note: 'from the plan',
    });
    expect(timeline.body.events[0].changes.investment).toEqual({ old: null, new: 120 });
  });

  it('refuses a location outside every county with 400 naming location', async () => {
    for (const place of [places.erbil, places.caspian]) {
      const res = await admin.post('/api/projects', projectBody(place));
      expect(res.status).toBe(400);
      expect(res.body.error.field).toBe('location');
      expect(res.body.error.message).toMatch(/outside every county/);
    }
    const p = await create(admin);
    const moved = await admin.patch(`/api/projects/${p.id}`, { version: 1, location: at(places.erbil) });
    expect(moved.status).toBe(400);
    expect(moved.body.error.field).toBe('location');
  });

  it('moves a project to another county when its point moves, recording old → new', async () => {
    const p = await create(admin);
    const res = await admin.patch(`/api/projects/${p.id}`, {
      version: 1,
      location: at(places.mashhad),
      note: 'surveyed',
    });
    expect(res.status).toBe(200);
    expect(res.body.properties).toMatchObject({
      county: places.mashhad.county,
      province: 'IR-09',
      version: 2,
    });
    const { body } = await admin.get(`/api/projects/${p.id}/timeline`);
    const last = body.events.at(-1);
    expect(last.changes.county).toEqual({ old: places.tehran.county, new: places.mashhad.county });
    expect(last.note).toBe('surveyed');
  });

  it('archives a project: gone from the lists, still readable by id for signed-in users', async () => {
    const p = await create(admin, { published: true });
    const res = await admin.patch(`/api/projects/${p.id}`, { version: 1, archived: true });
    expect(res.body.properties.archived).toBe(true);
    const list = await admin.get(`/api/projects?county=${places.tehran.county}`);
    expect(list.body.features.map((f: any) => f.id)).not.toContain(p.id);
    const archived = await admin.get(`/api/projects?archived=true`);
    expect(archived.body.features.map((f: any) => f.id)).toContain(p.id);
    expect((await anonymous().get(`/api/projects/${p.id}`)).status).toBe(404);
    expect((await admin.get(`/api/projects/${p.id}`)).status).toBe(200);
  });

  it('does not bump the version for an edit that changes nothing', async () => {
    const p = await create(admin);
    const res = await admin.patch(`/api/projects/${p.id}`, { version: 1, title_fa: p.properties.title_fa });
    expect(res.body.properties.version).toBe(1);
  });
});

describe('concurrent edits', () => {
  it('answers a stale update with 409, the current project and the fields changed since', async () => {
    const p = await create(admin);
    const first = await admin.patch(`/api/projects/${p.id}`, { version: 1, title_en: 'First', progress: 10 });
    expect(first.status).toBe(200);
    const second = await planner.patch(`/api/projects/${p.id}`, { version: 2, status: 'study' });
    expect(second.status).toBe(200);
    const stale = await planner.patch(`/api/projects/${p.id}`, { version: 1, title_en: 'Mine' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.field).toBe('version');
    expect(stale.body.changed).toEqual(['progress', 'status', 'title_en']);
    expect(stale.body.since).toBe(1);
    expect(stale.body.current.properties).toMatchObject({ version: 3, title_en: 'First', status: 'study' });
    expect(stale.body.changedBy.sort()).toEqual([admin.user.username, planner.user.username].sort());
    // Nothing of the refused edit was written.
    const now = await admin.get(`/api/projects/${p.id}`);
    expect(now.body.properties).toMatchObject({ version: 3, title_en: 'First' });
  });

  it('lets exactly one of many simultaneous edits of the same version through, and records each acknowledged one', async () => {
    const p = await create(admin);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? planner : admin).patch(`/api/projects/${p.id}`, {
          version: 1,
          title_en: `edit ${i}`,
          note: `edit ${i}`,
        }),
      ),
    );
    const ok = results.filter((r) => r.status === 200);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(7);
    const history = await sql<{ version: number; note: string }[]>`
      SELECT version, note FROM project_history WHERE project_id = ${p.id} ORDER BY version`;
    expect(history.map((h) => h.version)).toEqual([1, 2]);
    expect(history[1]!.note).toBe(`edit ${ok[0]!.body.properties.title_en.split(' ')[1]}`);
  });

  it('records every acknowledged edit of a sequence in the history, one row per version', async () => {
    const p = await create(admin);
    let version = 1;
    for (let i = 0; i < 5; i++) {
      const res = await (i % 2 ? planner : admin).patch(`/api/projects/${p.id}`, {
        version,
        progress: i * 10 + 5,
        note: `step ${i}`,
      });
      expect(res.status).toBe(200);
      version = res.body.properties.version;
    }
    const { body } = await viewer.get(`/api/projects/${p.id}/timeline`);
    const history = body.events.filter((e: any) => e.kind === 'history');
    expect(history.map((h: any) => h.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(history.slice(1).map((h: any) => h.changes.progress.new)).toEqual([5, 15, 25, 35, 45]);
    expect(history.slice(1).map((h: any) => h.actor)).toEqual([
      admin.user.username,
      planner.user.username,
      admin.user.username,
      planner.user.username,
      admin.user.username,
    ]);
  });
});

describe('status transitions', () => {
  const move = async (client: Client, id: number, status: string) => {
    const current = await admin.get(`/api/projects/${id}`);
    return client.patch(`/api/projects/${id}`, { version: current.body.properties.version, status });
  };

  it('goes forward by one or more steps, never back', async () => {
    const p = await create(admin);
    expect((await move(admin, p.id, 'study')).status).toBe(200);
    expect((await move(admin, p.id, 'execution')).status).toBe(200);
    const back = await move(admin, p.id, 'approved');
    expect(back.status).toBe(400);
    expect(back.body.error.field).toBe('status');
    expect(back.body.error.message).toMatch(/operational, suspended, cancelled/);
    expect((await move(admin, p.id, 'operational')).status).toBe(200);
    for (const s of ['execution', 'suspended', 'cancelled'])
      expect((await move(admin, p.id, s)).status).toBe(400);
  });

  it('resumes a suspended project only to the status it was suspended from', async () => {
    const p = await create(admin, { status: 'approved' });
    const suspended = await move(planner, p.id, 'suspended');
    expect(suspended.body.properties).toMatchObject({ status: 'suspended', status_before: 'approved' });
    expect((await move(planner, p.id, 'execution')).status).toBe(400);
    expect((await move(planner, p.id, 'idea')).status).toBe(400);
    const resumed = await move(planner, p.id, 'approved');
    expect(resumed.status).toBe(200);
    expect(resumed.body.properties).toMatchObject({ status: 'approved', status_before: null });
  });

  it('keeps a cancelled project cancelled unless an admin reopens it, to where it was', async () => {
    const p = await create(admin, { status: 'study' });
    expect((await move(planner, p.id, 'suspended')).status).toBe(200);
    const cancelled = await move(planner, p.id, 'cancelled');
    expect(cancelled.body.properties).toMatchObject({ status: 'cancelled', status_before: 'study' });
    const byPlanner = await move(planner, p.id, 'study');
    expect(byPlanner.status).toBe(400);
    expect(byPlanner.body.error.message).toMatch(/only be reopened by an admin/);
    expect((await move(admin, p.id, 'execution')).status).toBe(400);
    expect((await move(admin, p.id, 'study')).status).toBe(200);
  });

  it('tells each signed-in user which statuses they may set now, and the public nothing of it', async () => {
    const p = await create(admin, { status: 'study' });
    const props = async (client: Client) => (await client.get(`/api/projects/${p.id}`)).body.properties;
    expect(await props(planner)).toMatchObject({
      may_edit: true,
      allowed_statuses: ['approved', 'execution', 'operational', 'suspended', 'cancelled'],
    });
    expect(await props(viewer)).toMatchObject({ may_edit: false, allowed_statuses: [] });
    const other = await signedIn(sql, 'planner', [places.mashhad.province]);
    expect((await props(other)).allowed_statuses).toEqual([]);
    await move(admin, p.id, 'suspended');
    expect((await props(planner)).allowed_statuses).toEqual(['study', 'cancelled']);
    await move(admin, p.id, 'cancelled');
    expect((await props(planner)).allowed_statuses).toEqual([]);
    expect((await props(admin)).allowed_statuses).toEqual(['study']);
    await admin.patch(`/api/projects/${p.id}`, { version: (await props(admin)).version, published: true });
    const pub = await anonymous().get(`/api/projects/${p.id}`);
    expect(pub.status).toBe(200);
    expect(pub.body.properties).not.toHaveProperty('allowed_statuses');
    expect(pub.body.properties).not.toHaveProperty('may_edit');
  });

  it('lets a project that arrived suspended resume to any active status', async () => {
    const p = await create(admin, { status: 'suspended' });
    expect((await move(planner, p.id, 'execution')).status).toBe(200);
  });
});

describe("a planner's provinces", () => {
  it('may create and edit in their province only', async () => {
    const own = await create(planner);
    expect(own.properties.province).toBe(places.tehran.province);
    const elsewhere = await planner.post('/api/projects', projectBody(places.mashhad));
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.error.field).toBe('location');
    const theirs = await create(admin, {}, places.tabriz);
    const edit = await planner.patch(`/api/projects/${theirs.id}`, { version: 1, title_en: 'not mine' });
    expect(edit.status).toBe(403);
    const progress = await planner.post(`/api/projects/${theirs.id}/progress`, {
      reported_on: '2025-01-01',
      percent: 5,
    });
    expect(progress.status).toBe(403);
  });

  it('may not move a project out of their provinces, and nothing of the attempt remains', async () => {
    const own = await create(planner);
    const res = await planner.patch(`/api/projects/${own.id}`, {
      version: 1,
      location: at(places.mashhad),
      title_en: 'moved',
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/IR-09/);
    const now = await admin.get(`/api/projects/${own.id}`);
    expect(now.body.properties).toMatchObject({
      version: 1,
      province: places.tehran.province,
      title_en: null,
    });
  });

  it('is never given to a viewer', async () => {
    const res = await viewer.post('/api/projects', projectBody(places.tehran));
    expect(res.status).toBe(403);
    expect(res.body.error.field).toBe('role');
  });
});

describe('monitoring', () => {
  it('adds monthly progress reports, sets progress from the latest, and lists everything in order', async () => {
    const p = await create(planner, { published: true });
    const may = await planner.post(`/api/projects/${p.id}/progress`, {
      reported_on: '2025-05-21',
      percent: 20,
      note: 'internal remark',
    });
    expect(may.status).toBe(201);
    const june = await planner.post(`/api/projects/${p.id}/progress`, {
      reported_on: '2025-06-21',
      percent: 35,
      note: 'foundations done',
      published: true,
    });
    expect(june.status).toBe(201);
    // A late report for an earlier month does not overwrite the newer figure.
    const april = await planner.post(`/api/projects/${p.id}/progress`, {
      reported_on: '2025-04-21',
      percent: 10,
      published: true,
    });
    expect(april.status).toBe(201);
    const again = await planner.post(`/api/projects/${p.id}/progress`, {
      reported_on: '2025-06-21',
      percent: 36,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.field).toBe('reported_on');
    expect((await admin.get(`/api/projects/${p.id}`)).body.properties.progress).toBe(35);

    const internal = await viewer.get(`/api/projects/${p.id}/timeline`);
    const kinds = internal.body.events.map((e: any) => `${e.kind}:${e.version ?? e.reported_on}`);
    expect(kinds).toEqual([
      'history:1',
      'history:2',
      'progress:2025-05-21',
      'history:3',
      'progress:2025-06-21',
      'progress:2025-04-21',
    ]);
    const times = internal.body.events.map((e: any) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    const pub = await anonymous().get(`/api/projects/${p.id}/timeline`);
    expect(pub.status).toBe(200);
    expect(pub.body.events.map((e: any) => e.reported_on)).toEqual(['2025-06-21', '2025-04-21']);
    expect(pub.text).not.toContain('internal remark');
    for (const e of pub.body.events)
      expect(Object.keys(e).sort()).toEqual(['at', 'kind', 'note', 'percent', 'reported_on']);
  });

  it('hides the timeline of an unpublished project from the public', async () => {
    const p = await create(admin);
    expect((await anonymous().get(`/api/projects/${p.id}/timeline`)).status).toBe(404);
    expect((await viewer.get(`/api/projects/${p.id}/timeline`)).status).toBe(200);
  });
});
