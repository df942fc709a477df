import {
  briefing as briefingSchema,
  meeting as meetingSchema,
  organisationPage as organisationPageSchema,
  organisation as organisationSchema,
  review as reviewSchema,
} from '@tavazon/contract';
import { createApp } from '@tavazon/server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Client, openDb, signedIn, uniqueName } from './accounts.ts';

// Organisations, meetings with numbered decisions, the monthly board and the county briefing over the
// API. "Today" is the app's clock: a second app on the same database, whose clock the test sets, answers
// the board as of the Ijrud session's days (1398); the shared server keeps the real clock.
const sql = openDb();
const IJRUD = 'osm-6554899';
const ZANJAN = 'IR-19';
let admin: Client;
let planner: Client;
let viewer: Client;
let elsewhere: Client;
const orgs: Record<'committee' | 'consultants' | 'bonyad' | 'farmandari', number> = {
  committee: 0,
  consultants: 0,
  bonyad: 0,
  farmandari: 0,
};
let ijrudProjects: number[] = [];
let inIjrud = { lng: 0, lat: 0 };

// 1398/07/20 and 1398/07/29, noon in Tehran.
const day = { before: new Date('2019-10-12T08:30:00Z'), after: new Date('2019-10-21T08:30:00Z') };
let now = day.before;
const clocked = createApp({ sql, engine: inject('engine'), clock: () => now });

/** A request to the app with the test's clock, signed in as `client` (its cookie and CSRF token). */
async function asOf(client: Client, path: string) {
  const res = await clocked.request(path, { headers: { cookie: client.cookie ?? '' } });
  return { status: res.status, body: (await res.json()) as any };
}

beforeAll(async () => {
  admin = await signedIn(sql, 'admin');
  planner = await signedIn(sql, 'planner', [ZANJAN]);
  viewer = await signedIn(sql, 'viewer');
  elsewhere = await signedIn(sql, 'planner', ['IR-09']);
  const make = async (name_fa: string, kind: string, province: string | null) => {
    const res = await planner.post('/api/organisations', { name_fa, kind, province });
    expect(res.status, res.text).toBe(201);
    return res.body.id as number;
  };
  orgs.committee = await make(uniqueName('کمیته برنامه‌ریزی شهرستان ایجرود'), 'council', ZANJAN);
  orgs.consultants = await make(uniqueName('مهندسین مشاور آرتا نقشینه شهر'), 'private_firm', ZANJAN);
  orgs.bonyad = await make(uniqueName('بنیاد مسکن انقلاب اسلامی استان زنجان'), 'government_agency', ZANJAN);
  orgs.farmandari = await make(uniqueName('فرمانداری ایجرود'), 'government_agency', ZANJAN);
  const [point] = await sql<{ lng: number; lat: number }[]>`
    SELECT ST_X(ST_PointOnSurface(geom)) AS lng, ST_Y(ST_PointOnSurface(geom)) AS lat
    FROM admin_unit WHERE boundary_set = 'current' AND code = ${IJRUD}`;
  inIjrud = point!;
  ijrudProjects = (
    await sql<{ id: number }[]>`
      SELECT p.id::int AS id FROM project p JOIN admin_unit u ON u.id = p.county_id
      WHERE u.code = ${IJRUD} AND p.created_by IS NULL ORDER BY p.id`
  ).map((r) => r.id);
});

afterAll(async () => {
  await sql`DELETE FROM meeting WHERE province_code = ${ZANJAN}`;
  await sql`DELETE FROM project WHERE created_by IS NOT NULL`;
  await sql`DELETE FROM project_progress WHERE created_by IS NOT NULL`;
  await sql`DELETE FROM organisation WHERE id IN ${sql(Object.values(orgs))}`;
  await sql.end({ timeout: 5 });
});

const ijrudMeeting = () => ({
  province: ZANJAN,
  held_on: '1398/07/17',
  body: 'ستاد فرماندهی اقتصاد مقاومتی استان',
  present_org_ids: [orgs.bonyad, orgs.farmandari],
  absent_org_ids: [orgs.consultants],
  agenda_counties: [IJRUD],
  decisions: [
    {
      number: 2,
      text: 'دستگاه‌های اجرایی عضو کمیته برنامه‌ریزی شهرستان نظر اصلاحی و تکمیلی را حداکثر تا ۱۳۹۸/۰۷/۲۸ ارسال نمایند.',
      executing_org_id: orgs.committee,
      supporting_org_ids: [orgs.farmandari],
      deadline: '1398/07/28',
      counties: [IJRUD],
    },
    {
      number: 3,
      text: 'مهندسین مشاور پیش‌نویس دوم سند را حداکثر تا ۱۳۹۸/۰۸/۰۵ تهیه و ارائه نمایند.',
      executing_org_id: orgs.consultants,
      supporting_org_ids: [orgs.bonyad],
      deadline: '1398-08-05',
      project_ids: ijrudProjects.slice(0, 2),
    },
    {
      number: 4,
      text: 'ویرایش دوم گزارش حداکثر تا ۱۳۹۸/۰۸/۱۰ در جلسه‌ای با حضور فرماندار مطرح شود.',
      executing_org_id: orgs.farmandari,
      supporting_org_ids: [orgs.bonyad],
      deadline: '1398/08/10',
      counties: [IJRUD],
    },
  ],
});

const meetingCount = async () => (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM meeting`)[0]!.n;

describe('organisations', () => {
  it('are listed by kind and province, edited with 409 on a stale edit, and kept with who and when', async () => {
    const list = await new Client().get(`/api/organisations?province=${ZANJAN}&kind=council`);
    expect(list.status).toBe(200);
    expect(list.body.map((o: any) => o.id)).toContain(orgs.committee);
    expect(list.body.every((o: any) => o.kind === 'council')).toBe(true);
    expect((await new Client().get('/api/organisations?kind=club')).body.error.field).toBe('kind');

    const one = (await admin.get(`/api/organisations/${orgs.bonyad}`)).body;
    const renamed = await planner.patch(`/api/organisations/${orgs.bonyad}`, {
      updated_at: one.organisation.updated_at,
      name_en: 'Housing Foundation of Zanjan',
    });
    expect(renamed.status, renamed.text).toBe(200);
    const stale = await planner.patch(`/api/organisations/${orgs.bonyad}`, {
      updated_at: one.organisation.updated_at,
      name_en: 'Someone else',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'organisation.stale', field: 'updated_at' });
    const page = (await planner.get(`/api/organisations/${orgs.bonyad}`)).body;
    expect(page.changes.map((c: any) => [c.action, c.actor])).toEqual([
      ['created', planner.user.username],
      ['updated', planner.user.username],
    ]);
    expect(page.changes[1].changes.name_en).toEqual({ old: null, new: 'Housing Foundation of Zanjan' });
    // A visitor sees the organisation and its projects, not its decisions or history.
    const anon = (await new Client().get(`/api/organisations/${orgs.bonyad}`)).body;
    expect(anon.decisions).toBeUndefined();
    expect(anon.changes).toBeUndefined();
  });

  it('are picked by a project, whose agency names follow them; one in use is not deleted (409 listing the uses)', async () => {
    const made = await planner.post('/api/projects', {
      title_fa: uniqueName('پروژهٔ ایجرود'),
      sector: 'industry',
      location: inIjrud,
      executing_org_id: orgs.farmandari,
      supporting_org_ids: [orgs.bonyad],
    });
    expect(made.status, made.text).toBe(201);
    const p = made.body.properties;
    expect(p.executing_org_id).toBe(orgs.farmandari);
    expect(p.supporting_org_ids).toEqual([orgs.bonyad]);
    expect(p.executing_agency).toMatch(/^فرمانداری ایجرود/);
    const unknown = await planner.post('/api/projects', {
      title_fa: uniqueName('پروژه'),
      sector: 'industry',
      location: inIjrud,
      supporting_org_ids: [987654321],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'organisation.unknown', field: 'supporting_org_ids' });

    const before = (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM organisation`)[0]!.n;
    const refused = await planner.request('DELETE', `/api/organisations/${orgs.farmandari}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('organisation.in_use');
    expect(refused.body.uses.projects).toEqual([made.body.id]);
    expect(refused.body.error.message).toContain(String(made.body.id));
    expect((await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM organisation`)[0]!.n).toBe(before);

    const spare = await planner.post('/api/organisations', {
      name_fa: uniqueName('سازمان موقت'),
      kind: 'ngo',
      province: ZANJAN,
    });
    expect((await planner.request('DELETE', `/api/organisations/${spare.body.id}`)).status).toBe(204);
    const gone =
      await sql`SELECT action FROM review_change WHERE entity = 'organisation' AND entity_id = ${spare.body.id} ORDER BY id`;
    expect(gone.map((g) => g.action)).toEqual(['created', 'deleted']);
  });

  it('may be refused by role and province', async () => {
    const body = { name_fa: uniqueName('سازمان'), kind: 'bank', province: ZANJAN };
    expect((await viewer.post('/api/organisations', body)).status).toBe(403);
    expect((await elsewhere.post('/api/organisations', body)).status).toBe(403);
    expect((await new Client().post('/api/organisations', body)).status).toBe(401);
    const national = await planner.post('/api/organisations', { ...body, province: null });
    expect(national.status).toBe(403);
    expect(national.body.error.code).toBe('organisation.national_needs_unlimited');
  });
});

describe('patrons', () => {
  it('back counties from a day; the county names them and the projects filter by them', async () => {
    const rudbar = (
      await sql<{ code: string }[]>`
      SELECT u.code FROM project p JOIN admin_unit u ON u.id = p.county_id
      WHERE p.title_en LIKE 'Economic patron%'`
    )[0]!.code;
    const copper = await admin.post('/api/organisations', {
      name_fa: uniqueName('شرکت ملی صنایع مس ایران'),
      name_en: 'National Iranian Copper Industries',
      kind: 'public_company',
      province: null,
    });
    expect(copper.status, copper.text).toBe(201);
    const id = copper.body.id as number;
    const bad = await admin.post(`/api/organisations/${id}/patronages`, {
      county: rudbar,
      since: '13970612',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'field.invalid', field: 'since' });
    const notADay = await admin.post(`/api/organisations/${id}/patronages`, {
      county: rudbar,
      since: '1397/12/30',
    });
    expect(notADay.body.error).toMatchObject({ code: 'review.not_a_day', field: 'since' });
    const added = await admin.post(`/api/organisations/${id}/patronages`, {
      county: rudbar,
      since: '1397/06/12',
    });
    expect(added.status, added.text).toBe(201);
    expect(added.body.patronages[0]).toMatchObject({ county: rudbar, since: '1397-06-12', until: null });

    const patrons = await new Client().get(`/api/organisations?county=${rudbar}`);
    expect(patrons.body.map((o: any) => o.id)).toEqual([id]);
    const projects = await new Client().get(`/api/projects?patron=${id}`);
    expect(projects.body.features.length).toBeGreaterThan(0);
    expect(projects.body.features.every((f: any) => f.properties.county === rudbar)).toBe(true);
    expect((await new Client().get('/api/projects?patron=987654321')).status).toBe(404);
    const inUse = await admin.request('DELETE', `/api/organisations/${id}`);
    expect(inUse.body.uses.patronages).toHaveLength(1);
    await admin.request('DELETE', `/api/organisations/${id}/patronages/${added.body.patronages[0].id}`);
    expect((await admin.request('DELETE', `/api/organisations/${id}`)).status).toBe(204);
  });
});

describe('meetings and decisions', () => {
  it('refuse bad input with a 4xx naming the field, writing nothing', async () => {
    const n = await meetingCount();
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ held_on: 'tomorrow' }, 400, 'held_on', 'field.invalid'],
      [{ held_on: '1402/12/30' }, 400, 'held_on', 'review.not_a_day'],
      [{ held_on: '1499/01/01' }, 400, 'held_on', 'meeting.too_far_ahead'],
      [{ body: '' }, 400, 'body', 'field.invalid'],
      [{ present_org_ids: [987654321] }, 400, 'present_org_ids', 'organisation.unknown'],
    ];
    for (const [change, status, field, code] of cases) {
      const res = await planner.post('/api/meetings', { ...ijrudMeeting(), ...change });
      expect(res.status, JSON.stringify(change)).toBe(status);
      expect(res.body.error).toMatchObject({ field, code });
    }
    const decisionCases: [Record<string, unknown>, string, string][] = [
      [{ deadline: 'next week' }, 'decisions', 'field.invalid'],
      [{ deadline: '1398/07/32' }, 'decisions.1.deadline', 'review.not_a_day'],
      [{ executing_org_id: undefined }, 'decisions', 'field.invalid'],
      [{ project_ids: [987654321] }, 'decisions.1.project_ids', 'organisation.unknown'],
    ];
    for (const [change, field, code] of decisionCases) {
      const body = ijrudMeeting();
      body.decisions[1] = { ...body.decisions[1]!, ...change } as never;
      const res = await planner.post('/api/meetings', body);
      expect(res.status, JSON.stringify(change)).toBe(400);
      expect(res.body.error).toMatchObject({ field, code });
    }
    const missing = ijrudMeeting();
    delete (missing.decisions[0] as Partial<(typeof missing.decisions)[0]>).executing_org_id;
    const noExecuting = await planner.post('/api/meetings', missing);
    expect(noExecuting.body.error.params.path).toBe('decisions.0.executing_org_id');
    const twice = ijrudMeeting();
    twice.decisions[1]!.number = 2;
    expect((await planner.post('/api/meetings', twice)).body.error.code).toBe('decision.duplicate_number');
    expect((await viewer.post('/api/meetings', ijrudMeeting())).status).toBe(403);
    expect((await elsewhere.post('/api/meetings', ijrudMeeting())).status).toBe(403);
    expect(await meetingCount()).toBe(n);
  });

  it('records the Ijrud meeting; decisions are marked done with 409 on stale edits; overdue follows today', async () => {
    const made = await planner.post('/api/meetings', ijrudMeeting());
    expect(made.status, made.text).toBe(201);
    const meeting = made.body;
    expect(meeting.held_on).toBe('1398-07-17');
    expect(meeting.present.map((o: any) => o.id)).toEqual([orgs.bonyad, orgs.farmandari]);
    expect(meeting.decisions.map((d: any) => [d.number, d.executing.id, d.deadline])).toEqual([
      [2, orgs.committee, '1398-07-28'],
      [3, orgs.consultants, '1398-08-05'],
      [4, orgs.farmandari, '1398-08-10'],
    ]);
    const [d2, d3, d4] = meeting.decisions;

    const done = await planner.patch(`/api/decisions/${d4.id}`, {
      updated_at: d4.updated_at,
      status: 'done',
      follow_up: 'در جلسهٔ ۱۳۹۸/۰۸/۰۸ تأیید شد',
    });
    expect(done.status, done.text).toBe(200);
    const stale = await planner.patch(`/api/decisions/${d4.id}`, {
      updated_at: d4.updated_at,
      status: 'open',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'decision.stale', field: 'updated_at' });
    expect(
      (await viewer.patch(`/api/decisions/${d3.id}`, { updated_at: d3.updated_at, status: 'done' })).status,
    ).toBe(403);
    const history = (await viewer.get(`/api/meetings/${meeting.id}`)).body.changes;
    const d4changes = history.filter((c: any) => c.entity === 'decision' && c.entity_id === d4.id);
    expect(d4changes.map((c: any) => [c.action, c.actor])).toEqual([
      ['created', planner.user.username],
      ['updated', planner.user.username],
    ]);
    expect(d4changes[1].changes.status).toEqual({ old: 'open', new: 'done' });

    // On 1398/07/20 nothing is overdue and decision 2 is due this month.
    now = day.before;
    const early = await asOf(planner, `/api/review?province=${ZANJAN}&month=1398-07`);
    expect(early.status).toBe(200);
    expect(early.body.today).toBe('1398-07-20');
    expect(early.body.overdue).toEqual([]);
    expect(early.body.due.map((d: any) => d.id)).toEqual([d2.id]);
    expect(early.body.meetings.map((m: any) => m.id)).toEqual([meeting.id]);
    // On 1398/07/29 decision 2 is overdue, listed under its executing organisation; 4 is done, 3 not yet due.
    now = day.after;
    const late = await asOf(planner, `/api/review?province=${ZANJAN}&month=1398-07`);
    // The answers are what the contract says the web reads.
    expect(reviewSchema.safeParse(late.body).error).toBeUndefined();
    expect(meetingSchema.safeParse(made.body).error).toBeUndefined();
    expect(late.body.overdue.map((d: any) => d.id)).toEqual([d2.id]);
    expect(late.body.overdue_by_organisation).toHaveLength(1);
    expect(late.body.overdue_by_organisation[0].organisation.id).toBe(orgs.committee);
    // With the real clock (1404 and later) every open decision of 1398 is overdue.
    const real = await planner.get(`/api/review?province=${ZANJAN}&month=1398-08`);
    expect(real.body.overdue.map((d: any) => d.id).sort()).toEqual([d2.id, d3.id].sort());
    expect(real.body.due).toEqual([]);

    // The organisation's page lists its open decisions with their deadlines.
    const committee = (await planner.get(`/api/organisations/${orgs.committee}`)).body;
    expect(committee.decisions.map((d: any) => [d.id, d.deadline, d.overdue])).toEqual([
      [d2.id, '1398-07-28', true],
    ]);
    expect(organisationPageSchema.safeParse(committee).error).toBeUndefined();
    const all = (await new Client().get('/api/organisations')).body;
    expect(all.filter((o: any) => !organisationSchema.safeParse(o).success)).toEqual([]);
  });

  it('answers the board: counties with their projects, reports, stalled projects and the band', async () => {
    // A project of the test's own, so the loaded ones keep their progress for the other tests.
    const own = await planner.post('/api/projects', {
      title_fa: uniqueName('پروژهٔ گزارش‌دار'),
      sector: 'energy',
      status: 'execution',
      location: inIjrud,
    });
    const project = own.body.id as number;
    const report = await planner.post(`/api/projects/${project}/progress`, {
      reported_on: '2019-10-10',
      percent: 20,
    });
    expect(report.status, report.text).toBe(201);
    await planner.post(`/api/projects/${project}/progress`, { reported_on: '2019-09-10', percent: 10 });
    const board = (await planner.get(`/api/review?province=${ZANJAN}&month=1398-07`)).body;
    expect(board.first_day).toBe('1398-07-01');
    expect(board.last_day).toBe('1398-07-30');
    const ijrud = board.counties.find((c: any) => c.code === IJRUD);
    expect(ijrud.projects.length).toBeGreaterThanOrEqual(15);
    expect(ijrud.band).toBe('above');
    expect(board.outside_band.map((c: any) => c.code)).toContain(IJRUD);
    const reported = ijrud.projects.find((p: any) => p.id === project);
    expect(reported).toMatchObject({
      progress: 20,
      previous_progress: 10,
      reported: true,
      stalled: false,
      last_report: '1398-07-18',
    });
    const quiet = ijrud.projects.find((p: any) => p.id === ijrudProjects[1]);
    expect(quiet).toMatchObject({ progress: null, reported: false, last_report: null });
    expect(quiet.stalled).toBe(['idea', 'study', 'approved', 'execution'].includes(quiet.status));
    expect(board.stalled.map((p: any) => p.id)).not.toContain(project);

    for (const [query, field] of [
      ['province=IR-19&month=1398-13', 'month'],
      ['province=IR-19&month=1398/7', 'month'],
      ['province=Zanjan&month=1398-07', 'province'],
      ['month=1398-07', 'province'],
    ] as const) {
      const res = await planner.get(`/api/review?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
    expect((await planner.get('/api/review?province=IR-99&month=1398-07')).status).toBe(404);
    expect((await new Client().get(`/api/review?province=${ZANJAN}&month=1398-07`)).status).toBe(401);
  });

  it('briefs on a county: projects, indicators ranked in province and country, coverage, open decisions', async () => {
    const res = await viewer.get(`/api/review/briefing/${IJRUD}`);
    expect(res.status, res.text).toBe(200);
    const b = res.body;
    expect(briefingSchema.safeParse(b).error).toBeUndefined();
    expect(b.county).toMatchObject({ code: IJRUD, name_en: expect.stringMatching(/Ijrud/) });
    expect(b.projects.filter((p: any) => ijrudProjects.includes(p.id))).toHaveLength(15);
    expect(b.coverage).toMatchObject({ min: 3, max: 6, band: 'above' });
    expect(b.outline.type).toMatch(/Polygon/);
    const population = b.indicators.find((i: any) => i.code === 'population');
    expect(population.province_count).toBeGreaterThan(5);
    expect(population.national_count).toBeGreaterThan(400);
    expect(population.province_rank).toBeGreaterThanOrEqual(1);
    expect(population.province_percentile).toBeGreaterThanOrEqual(0);
    expect(typeof population.estimated).toBe('boolean');
    // Open decisions naming the county or one of its projects: 2 (county) and 3 (projects), not 4 (done).
    expect(b.decisions.map((d: any) => d.number).sort()).toEqual([2, 3]);
    expect((await viewer.get('/api/review/briefing/osm-0')).status).toBe(404);
  });
});

describe('imports name agencies', () => {
  it('as organisations: a name no organisation bears is a problem of its row', async () => {
    const name = (
      await sql<{ name_fa: string }[]>`SELECT name_fa FROM organisation WHERE id = ${orgs.bonyad}`
    )[0]!.name_fa;
    const csv = (agency: string) =>
      `title_fa,sector,status,lat,lng,executing_agency\n${uniqueName('واردشده')},energy,idea,${inIjrud.lat},${inIjrud.lng},${agency}\n`;
    const bad = await planner.request('POST', '/api/projects/import?mode=preview', {
      body: csv('سازمانی که نیست'),
      headers: { 'content-type': 'text/csv' },
    });
    expect(bad.body.problems).toContainEqual(
      expect.objectContaining({ row: 2, column: 'executing_agency', code: 'import.unknown_organisation' }),
    );
    const good = await planner.request('POST', '/api/projects/import?mode=commit', {
      body: csv(name.replace('ی', 'ي')),
      headers: { 'content-type': 'text/csv' },
    });
    expect(good.status, good.text).toBe(201);
    const [row] = await sql<{ executing_org_id: number }[]>`
      SELECT executing_org_id::int AS executing_org_id FROM project WHERE id = ${good.body.ids[0]}`;
    expect(row!.executing_org_id).toBe(orgs.bonyad);
  });
});
