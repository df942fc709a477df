import { randomBytes } from 'node:crypto';
import { createApp } from '@tavazon/server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readXlsx } from '../../server/src/xlsx/readXlsx.ts';
import {
  at,
  Client,
  deleteTestProjects,
  openDb,
  password,
  places,
  projectBody,
  projectChecksum,
  type RequestBody,
  signedIn,
  uniqueName,
} from './accounts.ts';
import { decodeLayer } from './mvt.ts';
import { countiesOf, scenarioBody, submittedScenario } from './scenarioBodies.ts';
import { zanjanScheme } from './schemes.ts';

const sql = openDb();
afterAll(async () => {
  await deleteTestProjects(sql);
  await sql`DELETE FROM indicator WHERE code LIKE 'walk\\_%'`;
  await sql`DELETE FROM meeting WHERE province_code = ${places.tehran.province}`;
  await sql`DELETE FROM organisation_patronage p USING organisation o WHERE o.id = p.organisation_id AND o.name_fa LIKE 'سازمان آزمون-%'`;
  await sql`DELETE FROM organisation WHERE name_fa LIKE 'سازمان آزمون-%'`;
  await sql`DELETE FROM suggestion WHERE body LIKE 'walk%'`;
  await sql`DELETE FROM suggestion_attempt`;
  await sql.end({ timeout: 5 });
});

type Role = 'anonymous' | 'viewer' | 'plannerElsewhere' | 'admin';
type Clients = Record<Role, Client>;
interface Case {
  /** Expected status per caller. */
  expect: Record<Role, number>;
  request: (ctx: { project: number; user: number; clients: Clients; role: Role }) => Promise<{
    path: string;
    json?: unknown;
    body?: RequestBody;
    headers?: Record<string, string>;
  }>;
}

const csvRow = `title_fa,sector,status,lat,lng\n${uniqueName('واردشده')},energy,idea,${places.tehran.lat},${places.tehran.lng}\n`;

// Every state-changing route of the app, with who may call it. A route missing here fails the first test,
// so a new route cannot be added without deciding who may use it.
const cases: Record<string, Case> = {
  'POST /api/auth/login': {
    expect: { anonymous: 200, viewer: 200, plannerElsewhere: 200, admin: 200 },
    request: async ({ clients, role }) => ({
      path: '/api/auth/login',
      json: {
        username: role === 'anonymous' ? clients.admin.user.username : clients[role].user.username,
        password,
      },
    }),
  },
  'POST /api/auth/logout': {
    expect: { anonymous: 401, viewer: 204, plannerElsewhere: 204, admin: 204 },
    request: async () => ({ path: '/api/auth/logout' }),
  },
  'POST /api/auth/password': {
    expect: { anonymous: 401, viewer: 204, plannerElsewhere: 204, admin: 204 },
    request: async () => ({
      path: '/api/auth/password',
      json: { current_password: password, new_password: password },
    }),
  },
  'POST /api/users': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 201 },
    request: async () => ({
      path: '/api/users',
      json: { username: uniqueName('walk'), role: 'viewer', password },
    }),
  },
  'PATCH /api/users/:id': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 200 },
    request: async ({ user }) => ({ path: `/api/users/${user}`, json: { display_name: 'walked' } }),
  },
  'POST /api/projects': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 201 },
    request: async () => ({ path: '/api/projects', json: projectBody(places.tehran) }),
  },
  'PATCH /api/projects/:id': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 200 },
    request: async ({ project }) => {
      const [row] = await sql<{ version: number }[]>`SELECT version FROM project WHERE id = ${project}`;
      return {
        path: `/api/projects/${project}`,
        json: { version: row!.version, title_en: uniqueName('walked') },
      };
    },
  },
  'POST /api/projects/:id/progress': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 201 },
    request: async ({ project }) => ({
      path: `/api/projects/${project}/progress`,
      json: {
        reported_on: `2024-0${1 + Math.floor(Math.random() * 9)}-${10 + Math.floor(Math.random() * 18)}`,
        percent: 5,
      },
    }),
  },
  // A planner of another province may import, but not rows outside their provinces: 422, nothing written.
  'POST /api/projects/import': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 422, admin: 201 },
    request: async () => ({
      path: '/api/projects/import?mode=commit',
      body: csvRow.replace(/واردشده-\w+/, uniqueName('واردشده')),
      headers: { 'content-type': 'text/csv' },
    }),
  },
  'POST /api/users/:id/unlock': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 200 },
    request: async ({ user }) => ({ path: `/api/users/${user}/unlock` }),
  },
  'POST /api/region-schemes': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 201 },
    request: async () => ({ path: '/api/region-schemes', json: zanjanScheme() }),
  },
  'PATCH /api/region-schemes/:id': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 200 },
    request: async ({ clients }) => {
      const scheme = await clients.admin.post('/api/region-schemes', zanjanScheme());
      return {
        path: `/api/region-schemes/${scheme.body.id}`,
        json: { updated_at: scheme.body.updated_at, name_en: uniqueName('walked') },
      };
    },
  },
  'DELETE /api/region-schemes/:id': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 204 },
    request: async ({ clients }) => {
      const scheme = await clients.admin.post('/api/region-schemes', zanjanScheme());
      return { path: `/api/region-schemes/${scheme.body.id}` };
    },
  },
  // A planner defines their own indicators; only the author (or an admin) changes one (own-indicators.test.ts).
  'POST /api/indicators': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 201, admin: 201 },
    request: async () => ({ path: '/api/indicators', json: walkIndicator() }),
  },
  'PATCH /api/indicators/:code': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 200 },
    request: async ({ clients }) => {
      const made = await clients.admin.post('/api/indicators', walkIndicator());
      return { path: `/api/indicators/${made.body.code}`, json: { name_en: 'walked' } };
    },
  },
  'DELETE /api/indicators/:code': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 204 },
    request: async ({ clients }) => {
      const made = await clients.admin.post('/api/indicators', walkIndicator());
      return { path: `/api/indicators/${made.body.code}` };
    },
  },
  'POST /api/indicators/:code/values/preview': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 200 },
    request: async ({ clients }) => walkValues(clients, '/values/preview'),
  },
  'POST /api/indicators/:code/values': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 201 },
    request: async ({ clients }) => walkValues(clients, '/values'),
  },
  // Computes and returns figures, changes nothing: open to everyone like the other analyses.
  'POST /api/analysis/composite': {
    expect: { anonymous: 200, viewer: 200, plannerElsewhere: 200, admin: 200 },
    request: async () => ({
      path: '/api/analysis/composite',
      json: { set: 'census-1395', indicators: ['unemployment_rate', 'higher_education_share'] },
    }),
  },
  // Read-only API tokens for desktop GIS: admins only (ogc-tokens.test.ts).
  'POST /api/tokens': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 201 },
    request: async () => ({ path: '/api/tokens', json: { name: uniqueName('walk'), role: 'viewer' } }),
  },
  'DELETE /api/tokens/:id': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 204 },
    request: async ({ clients }) => {
      const made = await clients.admin.post('/api/tokens', { name: uniqueName('walk'), role: 'viewer' });
      return { path: `/api/tokens/${made.body.id}` };
    },
  },
  // Organisations, patrons, meetings and decisions (issue 11): editors of the province (Tehran here).
  'POST /api/organisations': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 201 },
    request: async () => ({ path: '/api/organisations', json: walkOrganisation() }),
  },
  'PATCH /api/organisations/:id': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 200 },
    request: async ({ clients }) => {
      const org = await clients.admin.post('/api/organisations', walkOrganisation());
      return {
        path: `/api/organisations/${org.body.id}`,
        json: { updated_at: org.body.updated_at, name_en: 'walked' },
      };
    },
  },
  'DELETE /api/organisations/:id': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 204 },
    request: async ({ clients }) => {
      const org = await clients.admin.post('/api/organisations', walkOrganisation());
      return { path: `/api/organisations/${org.body.id}` };
    },
  },
  'POST /api/organisations/:id/patronages': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 201 },
    request: async ({ clients }) => {
      const org = await clients.admin.post('/api/organisations', walkOrganisation());
      return {
        path: `/api/organisations/${org.body.id}/patronages`,
        json: { county: places.tehran.county, since: '1403/01/01' },
      };
    },
  },
  'DELETE /api/organisations/:id/patronages/:patronage': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 204 },
    request: async ({ clients }) => {
      const org = await clients.admin.post('/api/organisations', walkOrganisation());
      const backed = await clients.admin.post(`/api/organisations/${org.body.id}/patronages`, {
        county: places.tehran.county,
        since: '1403/01/01',
      });
      return { path: `/api/organisations/${org.body.id}/patronages/${backed.body.patronages[0].id}` };
    },
  },
  'POST /api/meetings': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 201 },
    request: async ({ clients }) => ({ path: '/api/meetings', json: await walkMeeting(clients) }),
  },
  'PATCH /api/meetings/:id': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 200 },
    request: async ({ clients }) => {
      const meeting = await clients.admin.post('/api/meetings', await walkMeeting(clients));
      return {
        path: `/api/meetings/${meeting.body.id}`,
        json: { updated_at: meeting.body.updated_at, title: uniqueName('walked') },
      };
    },
  },
  'POST /api/meetings/:id/decisions': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 201 },
    request: async ({ clients }) => {
      const body = await walkMeeting(clients);
      const meeting = await clients.admin.post('/api/meetings', body);
      return {
        path: `/api/meetings/${meeting.body.id}/decisions`,
        json: { ...body.decisions[0], number: 2 },
      };
    },
  },
  'PATCH /api/decisions/:id': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 200 },
    request: async ({ clients }) => {
      const meeting = await clients.admin.post('/api/meetings', await walkMeeting(clients));
      const decision = meeting.body.decisions[0];
      return {
        path: `/api/decisions/${decision.id}`,
        json: { updated_at: decision.updated_at, status: 'done' },
      };
    },
  },
  // The officials' workspace (issue 10): the band is an admin's; need scores and stability compute only.
  'PATCH /api/coverage/bands/:province': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 200 },
    // Tehran, which the workspace tests do not use; the default band again, so other tests see it.
    request: async () => ({ path: '/api/coverage/bands/IR-23', json: { min: 3, max: 6 } }),
  },
  'POST /api/need': {
    expect: { anonymous: 200, viewer: 200, plannerElsewhere: 200, admin: 200 },
    request: async () => ({
      path: '/api/need',
      json: { province: 'IR-19', indicators: ['unemployment_rate'] },
    }),
  },
  'POST /api/need/stability': {
    expect: { anonymous: 200, viewer: 200, plannerElsewhere: 200, admin: 200 },
    request: async () => ({
      path: '/api/need/stability',
      json: { province: 'IR-19', indicators: ['unemployment_rate', 'dependency_ratio'], draws: 20, topK: 2 },
    }),
  },
  // Joins the coverage, which counts unpublished projects.
  'POST /api/need/gap': {
    expect: { anonymous: 401, viewer: 200, plannerElsewhere: 200, admin: 200 },
    request: async () => ({
      path: '/api/need/gap',
      json: { province: 'IR-19', indicators: ['unemployment_rate'] },
    }),
  },
  // Scenarios: planners of the province draft and submit (plannerElsewhere is of another province);
  // admins and approvers of the province approve or return.
  'POST /api/scenarios': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 201 },
    request: async () => ({ path: '/api/scenarios', json: scenarioBody(await zanjanCounties(1)) }),
  },
  'PATCH /api/scenarios/:id': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 200 },
    request: async ({ clients }) => {
      const made = await clients.admin.post('/api/scenarios', scenarioBody(await zanjanCounties(1)));
      return {
        path: `/api/scenarios/${made.body.id}`,
        json: { updated_at: made.body.updated_at, name: 'walked' },
      };
    },
  },
  'POST /api/scenarios/:id/submit': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 200 },
    request: async ({ clients }) => {
      const made = await clients.admin.post('/api/scenarios', scenarioBody(await zanjanCounties(1)));
      return { path: `/api/scenarios/${made.body.id}/submit`, json: { updated_at: made.body.updated_at } };
    },
  },
  'POST /api/scenarios/:id/approve': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 200 },
    request: async ({ clients }) => {
      const sent = await submittedScenario(clients.admin, await zanjanCounties(1));
      return { path: `/api/scenarios/${sent.id}/approve`, json: { updated_at: sent.updated_at } };
    },
  },
  'POST /api/scenarios/:id/return': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 200 },
    request: async ({ clients }) => {
      const sent = await submittedScenario(clients.admin, await zanjanCounties(1));
      return {
        path: `/api/scenarios/${sent.id}/return`,
        json: { updated_at: sent.updated_at, note: 'walked' },
      };
    },
  },
  // The public portal: anyone may send a suggestion (no account; an hourly limit per address, which
  // this walk resets: every test client shares 127.0.0.1); only planners of its province moderate it.
  'POST /api/suggestions': {
    expect: { anonymous: 202, viewer: 202, plannerElsewhere: 202, admin: 202 },
    request: async () => {
      await sql`DELETE FROM suggestion_attempt`;
      return { path: '/api/suggestions', json: { county: places.tehran.county, body: uniqueName('walk') } };
    },
  },
  'POST /api/suggestions/:id/steps': {
    expect: { anonymous: 401, viewer: 403, plannerElsewhere: 403, admin: 200 },
    request: async () => {
      const [row] = await sql<{ id: number }[]>`
        INSERT INTO suggestion (boundary_set, county_code, province_code, body)
        VALUES ('current', ${places.tehran.county}, ${places.tehran.province}, 'walk') RETURNING id::int AS id`;
      return { path: `/api/suggestions/${row!.id}/steps`, json: { action: 'publish' } };
    },
  },
};

function walkOrganisation() {
  return { name_fa: uniqueName('سازمان آزمون'), kind: 'government_agency', province: places.tehran.province };
}

async function walkMeeting(clients: Clients) {
  const org = await clients.admin.post('/api/organisations', walkOrganisation());
  return {
    province: places.tehran.province,
    held_on: '1403/05/01',
    body: 'شورای برنامه‌ریزی و توسعهٔ استان',
    decisions: [
      { number: 1, text: 'مصوبهٔ آزمون', executing_org_id: org.body.id as number, deadline: '1403/06/01' },
    ],
  };
}

async function zanjanCounties(n: number) {
  return (await countiesOf(sql, 'IR-19')).slice(0, n).map((c) => c.code);
}

function walkIndicator() {
  return {
    code: `walk_${randomBytes(4).toString('hex')}`,
    boundary_set: 'current',
    name_fa: 'شاخص آزمون',
    name_en: 'Test indicator',
    unit: 'count',
    polarity: 'neutral',
    aggregation: 'sum',
    source: 'test data',
  };
}

async function walkValues(clients: Clients, suffix: string) {
  const made = await clients.admin.post('/api/indicators', walkIndicator());
  const [county] = await sql<{ code: string }[]>`
    SELECT code FROM admin_unit WHERE boundary_set = 'current' AND level = 'county' ORDER BY code LIMIT 1`;
  return {
    path: `/api/indicators/${made.body.code}${suffix}`,
    body: `county,period,value\n${county!.code},1402,5\n`,
    headers: { 'content-type': 'text/csv' },
  };
}

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describe('every state-changing route, as every kind of caller', () => {
  it('is listed here with the callers it allows', () => {
    const app = createApp({ sql, engine: inject('engine') });
    const routes = new Set(
      app.routes.filter((r) => stateChanging.has(r.method)).map((r) => `${r.method} ${r.path}`),
    );
    expect([...routes].sort()).toEqual(Object.keys(cases).sort());
  });

  for (const [route, c] of Object.entries(cases)) {
    it(`${route}: ${Object.entries(c.expect)
      .map(([r, s]) => `${r} ${s}`)
      .join(', ')}`, async () => {
      const clients: Clients = {
        anonymous: new Client(),
        viewer: await signedIn(sql, 'viewer'),
        plannerElsewhere: await signedIn(sql, 'planner', [places.mashhad.province]),
        admin: await signedIn(sql, 'admin'),
      };
      const target = await clients.admin.post('/api/projects', projectBody(places.tehran));
      const user = await clients.admin.post('/api/users', {
        username: uniqueName('target'),
        role: 'viewer',
        password,
      });
      for (const role of ['anonymous', 'viewer', 'plannerElsewhere', 'admin'] as const) {
        const before = await projectChecksum(sql);
        const req = await c.request({ project: target.body.id, user: user.body.id, clients, role });
        const method = route.split(' ')[0]!;
        const res = await clients[role].request(method, req.path, req);
        expect(res.status, `${role}: ${res.text.slice(0, 300)}`).toBe(c.expect[role]);
        if (res.status >= 400) {
          expect(res.body.error.message.length).toBeGreaterThan(5);
          expect(await projectChecksum(sql)).toEqual(before);
        }
      }
    });
  }
});

describe('hostile input', () => {
  let admin: Client & { id: number };
  let project: number;
  let before: { n: number; sum: string };
  let users: number;
  beforeAll(async () => {
    admin = await signedIn(sql, 'admin');
    project = (await admin.post('/api/projects', projectBody(places.tehran))).body.id;
    before = await projectChecksum(sql);
    users = (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM app_user`)[0]!.n;
  });

  const injections = [
    "' OR '1'='1",
    '1; DROP TABLE project; --',
    "IR-19' --",
    '"; SELECT pg_sleep(5); --',
    '\u0000',
    '%00',
  ];
  const huge = 'x'.repeat(20_000);

  it('refuses bad filters of every read with a 4xx that names the parameter', async () => {
    const params = ['province', 'county', 'status', 'sector', 'bbox', 'published', 'archived', 'format'];
    for (const path of ['/api/projects', '/api/projects/export?format=csv&', '/api/projects/export?']) {
      for (const p of params) {
        // Long, but within what Node accepts in a request line (16 KB).
        for (const v of [...injections, 'x'.repeat(5000), '[]', '{"a":1}', '-1', '1e999']) {
          const sep = path.includes('?') ? '' : '?';
          const res = await admin.get(`${path}${sep}${p}=${encodeURIComponent(v)}`);
          expect(
            res.status,
            `${path} ${p}=${v.slice(0, 20)}: ${res.text.slice(0, 200)}`,
          ).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
          expect(typeof res.body.error.message).toBe('string');
        }
      }
    }
    for (const path of [
      '/api/projects/1%27%20OR%201=1',
      '/api/projects/0',
      `/api/projects/${'9'.repeat(30)}`,
      '/api/projects/1.5/timeline',
      '/api/users/abc',
    ]) {
      const res = await admin.get(path);
      expect(res.status, path).toBe(400);
      expect(res.body.error.field).toBe('id');
    }
  });

  const wrong: Record<string, unknown[]> = {
    title_fa: ['', 42, null, ['a'], { a: 1 }, 'x'.repeat(301), 'bad\u0000nul'],
    title_en: [42, 'x'.repeat(301), ['a']],
    description: [7, 'x'.repeat(5001)],
    sector: ["energy' OR 1=1", 'space-travel', 5, huge],
    status: ['finished', "idea'; --", 1, null],
    progress: [101, -1, 5.5, '50', '1; DROP TABLE project', true],
    location: [
      null,
      [51, 35],
      { lng: '51', lat: 35 },
      { lng: 51, lat: 95 },
      { lng: 51, lat: 35, z: 1 },
      'POINT(51 35)',
    ],
    location_precision: ['perfect', 3],
    executing_org_id: [5.5, 'x', -1, 0],
    supporting_org_ids: ['one', [1, 1], Array(31).fill(1), ['1']],
    investment: [-5, '100', 1e16, "1'; --"],
    investment_unit: ['IRR', 5],
    private_share: [101, -1, 'half'],
    expected_jobs: [1.5, -3, 1e9, 'many'],
    start_date: ['2024-02-30', '1402/05/12', '2024-1-1', "2024-01-01'; --", 20240101],
    end_date: ['yesterday'],
    source_document: [5, 'x'.repeat(501)],
    source_date: ['14020512', 1402],
    published: ['yes', 1, null],
    hacker: ['field'],
  };

  it('refuses every bad body field of a new project with 400 naming it', async () => {
    for (const [field, values] of Object.entries(wrong)) {
      for (const value of values) {
        const res = await admin.post('/api/projects', { ...projectBody(places.tehran), [field]: value });
        expect(res.status, `${field}=${JSON.stringify(value)?.slice(0, 40)}: ${res.text.slice(0, 200)}`).toBe(
          400,
        );
        expect(res.body.error.field).toBe(field);
        expect(res.body.error.message).toContain(field);
      }
    }
    const reversed = await admin.post(
      '/api/projects',
      projectBody(places.tehran, { start_date: '2025-01-01', end_date: '2024-01-01' }),
    );
    expect(reversed.body.error.field).toBe('end_date');
    const unitless = await admin.post('/api/projects', projectBody(places.tehran, { investment: 5 }));
    expect(unitless.body.error.field).toBe('investment_unit');
  });

  it('refuses every bad field of an edit, a progress report and an account with 400 naming it', async () => {
    for (const [field, values] of Object.entries(wrong)) {
      for (const value of values) {
        const res = await admin.patch(`/api/projects/${project}`, { version: 1, [field]: value });
        if (field === 'title_en' || value === null) {
          expect(res.status, `${field}=${JSON.stringify(value)}`).toBeLessThan(500);
          continue;
        }
        expect(res.status, `${field}=${JSON.stringify(value)?.slice(0, 40)}: ${res.text.slice(0, 200)}`).toBe(
          400,
        );
        expect(res.body.error.field).toBe(field);
      }
    }
    for (const version of [0, -1, '1', 1.5, null, undefined]) {
      const res = await admin.patch(`/api/projects/${project}`, { version, title_en: 'x' });
      expect(res.status).toBe(400);
      expect(res.body.error.field).toBe('version');
    }
    const progress: Record<string, unknown[]> = {
      reported_on: ['2024-13-01', "2024-01-01' --", null],
      percent: [101, -1, '50', 2.5],
      note: [5, 'x'.repeat(2001)],
      published: ['true'],
    };
    for (const [field, values] of Object.entries(progress)) {
      for (const value of values) {
        const res = await admin.post(`/api/projects/${project}/progress`, {
          reported_on: '2024-01-01',
          percent: 5,
          [field]: value,
        });
        expect(res.status, `${field}=${JSON.stringify(value)}`).toBe(400);
        expect(res.body.error.field).toBe(field);
      }
    }
    const account: Record<string, unknown[]> = {
      username: ["admin' --", 'a', 'x'.repeat(41), 5, 'Ali Reza'],
      role: ['root', "admin' OR 1=1", 1],
      provinces: ['IR-19', ["IR-19' --"], [1]],
      password: ['short', 12345678901234, 'x'.repeat(201)],
      display_name: [5, 'x'.repeat(101)],
    };
    for (const [field, values] of Object.entries(account)) {
      for (const value of values) {
        const res = await admin.post('/api/users', {
          username: uniqueName('fuzz'),
          role: 'viewer',
          password,
          [field]: value,
        });
        expect(res.status, `${field}=${JSON.stringify(value)}: ${res.text.slice(0, 200)}`).toBe(400);
        expect(res.body.error.field).toBe(field);
      }
    }
    for (const body of [
      { username: 5, password: 'x' },
      { username: 'a' },
      { username: 'a', password: 'b', extra: 1 },
    ]) {
      const res = await new Client().post('/api/auth/login', body);
      expect(res.status).toBe(400);
    }
  });

  it('answers malformed JSON, a wrong content type and an oversized body with 400/413, never 5xx', async () => {
    const writes: [string, string][] = [
      ['POST', '/api/projects'],
      ['PATCH', `/api/projects/${project}`],
      ['POST', `/api/projects/${project}/progress`],
      ['POST', '/api/users'],
      ['PATCH', `/api/users/${admin.id}`],
      ['POST', '/api/auth/login'],
      ['POST', '/api/auth/password'],
    ];
    for (const [method, path] of writes) {
      for (const body of ['{"title_fa": ', '{}}', 'null', '[1,2]', '"text"', '']) {
        const res = await admin.request(method, path, {
          body,
          headers: { 'content-type': 'application/json' },
        });
        expect(res.status, `${method} ${path} ${body}: ${res.text}`).toBe(400);
        expect(res.body.error.field).toBe('body');
      }
      const form = await admin.request(method, path, {
        body: 'a=1',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(form.status).toBe(400);
      expect(form.body.error.message).toMatch(/JSON/);
      const big = await admin.request(method, path, {
        body: JSON.stringify({ title_fa: 'x'.repeat(2 * 1024 * 1024) }),
        headers: { 'content-type': 'application/json' },
      });
      expect(big.status, `${method} ${path}`).toBe(413);
    }
  });

  it('changed no project and made no account through any of that', async () => {
    expect(await projectChecksum(sql)).toEqual(before);
    const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM app_user`;
    expect(row!.n).toBe(users);
    expect((await new Client().get('/api/projects')).body.features.length).toBeGreaterThan(0);
  });

  it('stores SQL and HTML in text fields verbatim and returns them as JSON text', async () => {
    const titles = [
      "Robert'); DROP TABLE project; --",
      '<script>alert("x")</script>',
      '<img src=x onerror=alert(1)> & «نیروگاه» \u200c',
      '=HYPERLINK("http://evil.example")',
    ];
    for (const title_fa of titles) {
      const res = await admin.post(
        '/api/projects',
        projectBody(places.tehran, { title_fa, description: title_fa, published: true }),
      );
      expect(res.status).toBe(201);
      expect(res.headers.get('content-type')).toMatch(/^application\/(geo\+)?json/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.body.properties.title_fa).toBe(title_fa);
      const pub = await new Client().get(`/api/projects/${res.body.id}`);
      expect(pub.headers.get('content-type')).toMatch(/json/);
      expect(pub.body.properties).toMatchObject({ title_fa, description: title_fa });
      expect(pub.text).toContain(JSON.stringify(title_fa).slice(1, -1));
    }
    expect((await sql`SELECT count(*) FROM project`).length).toBe(1);
  });
});

describe('what the public sees', () => {
  const internalFields = [
    'investment',
    'investment_unit',
    'private_share',
    'expected_jobs',
    'published',
    'archived',
    'version',
    'status_before',
    'created_at',
    'created_by',
    'updated_by',
    'history',
  ];
  let secretTitle: string;
  let archivedTitle: string;
  let hidden: number;
  let shown: number;

  beforeAll(async () => {
    const admin = await signedIn(sql, 'admin');
    secretTitle = uniqueName('محرمانه');
    archivedTitle = uniqueName('بایگانی');
    const internal = {
      investment: 987654.321,
      investment_unit: 'USD-million',
      private_share: 43.21,
      expected_jobs: 7777,
    };
    hidden = (
      await admin.post('/api/projects', projectBody(places.tehran, { title_fa: secretTitle, ...internal }))
    ).body.id;
    shown = (await admin.post('/api/projects', projectBody(places.tehran, { published: true, ...internal })))
      .body.id;
    await admin.post(`/api/projects/${shown}/progress`, {
      reported_on: '2025-01-01',
      percent: 10,
      note: 'secret note',
    });
    await admin.post(`/api/projects/${shown}/progress`, {
      reported_on: '2025-02-01',
      percent: 20,
      note: 'public note',
      published: true,
    });
    const gone = await admin.post(
      '/api/projects',
      projectBody(places.tehran, { title_fa: archivedTitle, published: true }),
    );
    await admin.patch(`/api/projects/${gone.body.id}`, { version: 1, archived: true });
  });

  const assertPublic = (label: string, text: string) => {
    expect(text, label).not.toContain(secretTitle);
    expect(text, label).not.toContain(archivedTitle);
    expect(text, label).not.toContain('987654');
    expect(text, label).not.toContain('7777');
    expect(text, label).not.toContain('secret note');
  };
  const assertPublicFeature = (label: string, f: any) => {
    for (const key of internalFields) expect(f.properties, `${label} ${key}`).not.toHaveProperty(key);
  };

  it('lists and shows published projects with public fields only, under every filter', async () => {
    const anon = new Client();
    for (const q of [
      '',
      `?province=${places.tehran.province}`,
      `?county=${places.tehran.county}`,
      '?status=idea',
      '?sector=energy',
      '?bbox=44,24,63.5,40',
      '?published=true',
    ]) {
      const res = await anon.get(`/api/projects${q}`);
      expect(res.status).toBe(200);
      assertPublic(q, res.text);
      for (const f of res.body.features) assertPublicFeature(q, f);
      expect(res.body.features.some((f: any) => f.id === shown)).toBe(q !== '?status=idea' || true);
    }
    const one = await anon.get(`/api/projects/${shown}`);
    assertPublicFeature('one', one.body);
    assertPublic('one', one.text);
    expect((await anon.get(`/api/projects/${hidden}`)).status).toBe(404);
    expect((await anon.get('/api/projects?published=false')).status).toBe(401);
    expect((await anon.get('/api/projects?archived=true')).status).toBe(401);
  });

  it('exports public columns and published projects only, in every format', async () => {
    const anon = new Client();
    const geo = await anon.get('/api/projects/export?format=geojson');
    assertPublic('geojson', geo.text);
    for (const f of geo.body.features) assertPublicFeature('geojson', f);
    const csv = await anon.get('/api/projects/export?format=csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    assertPublic('csv', csv.text);
    const header = csv.text
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(',');
    for (const key of internalFields) expect(header).not.toContain(key);
    const res = await fetch(new URL('/api/projects/export?format=xlsx', inject('baseUrl')));
    const sheet = await readXlsx(Buffer.from(await res.arrayBuffer()));
    const cells = sheet.flatMap((r) => [...r.cells.values()].map(String)).join('\n');
    assertPublic('xlsx', cells);
    for (const key of internalFields) expect([...sheet[0]!.cells.values()]).not.toContain(key);
  });

  it('shows only published progress on the public timeline, and no history', async () => {
    const anon = await new Client().get(`/api/projects/${shown}/timeline`);
    assertPublic('timeline', anon.text);
    expect(anon.body.events.map((e: any) => e.note)).toEqual(['public note']);
    expect(anon.text).not.toMatch(/"changes"|"actor"|"version"/);
    expect((await new Client().get(`/api/projects/${hidden}/timeline`)).status).toBe(404);
  });

  it('counts only published projects on the county map', async () => {
    const res = await new Client().get(`/api/counties/${places.tehran.county}?set=current`);
    const total = Object.values(res.body.projects as Record<string, number>).reduce((a, b) => a + b, 0);
    const [row] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM project p JOIN admin_unit c ON c.id = p.county_id
      WHERE c.code = ${places.tehran.county} AND p.published AND NOT p.archived`;
    expect(total).toBe(row!.n);
  });

  it('gives signed-in viewers the internal fields and unpublished projects', async () => {
    const viewer = await signedIn(sql, 'viewer');
    const res = await viewer.get(`/api/projects/${hidden}`);
    expect(res.body.properties).toMatchObject({
      title_fa: secretTitle,
      investment: 987654.321,
      expected_jobs: 7777,
      published: false,
    });
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const csv = await viewer.get('/api/projects/export?format=csv&published=false');
    expect(csv.text).toContain(secretTitle);
    expect(csv.text.split('\r\n')[0]).toContain('investment');
  });
});

// The vector tiles (/tiles/…): public reads, so the audience decides what a project tile holds, and every
// part of a tile's address is checked.
describe('the tiles, as the public and officials see them', () => {
  const tileAt = (lng: number, lat: number, z: number) => {
    const n = 2 ** z;
    const rad = (lat * Math.PI) / 180;
    const x = Math.floor(((lng + 180) / 360) * n);
    const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
    return `${z}/${x}/${y}.mvt`;
  };
  const tileGet = async (path: string, client: Client) => {
    const headers: Record<string, string> = client.cookie ? { cookie: client.cookie } : {};
    const res = await fetch(new URL(path, inject('baseUrl')), { headers });
    return { status: res.status, bytes: new Uint8Array(await res.arrayBuffer()) };
  };
  // Suspended projects drawn in a tile, one by one or counted in clusters (the loaded data has none).
  const suspendedIn = (bytes: Uint8Array) =>
    decodeLayer(bytes, 'projects').reduce(
      (n, f) =>
        n +
        (f.properties.count !== undefined
          ? Number(f.properties.suspended ?? 0)
          : f.properties.status === 'suspended'
            ? 1
            : 0),
      0,
    );
  let hiddenId: number;
  let archivedId: number;

  beforeAll(async () => {
    const admin = await signedIn(sql, 'admin');
    // Far from the other test projects, so that each is alone in its cell at every zoom checked here.
    const lonely = { lng: 60.1, lat: 27.2 };
    hiddenId = (await admin.post('/api/projects', projectBody(lonely, { status: 'suspended' }))).body.id;
    const gone = await admin.post(
      '/api/projects',
      projectBody({ lng: 60.2, lat: 27.3 }, { status: 'suspended', published: true }),
    );
    archivedId = gone.body.id;
    await admin.patch(`/api/projects/${archivedId}`, { version: 1, archived: true });
  });

  it('holds only published, current projects for visitors, at every zoom', async () => {
    const anon = new Client();
    const viewer = await signedIn(sql, 'viewer');
    for (const z of [3, 8, 15]) {
      const path = `/tiles/projects/${tileAt(60.1, 27.2, z)}`;
      const pub = await tileGet(path, anon);
      expect(pub.status).toBe(200);
      expect(suspendedIn(pub.bytes), `${path} anonymous`).toBe(0);
      expect(suspendedIn((await tileGet(path, viewer)).bytes), `${path} viewer`).toBe(1);
    }
    for (const q of ['published=false', 'archived=true']) {
      const res = await tileGet(`/tiles/projects/3/5/3.mvt?${q}`, anon);
      expect(res.status, q).toBe(401);
    }
    const archived = await tileGet(`/tiles/projects/${tileAt(60.2, 27.3, 15)}?archived=true`, viewer);
    expect(decodeLayer(archived.bytes, 'projects').map((f) => f.id)).toEqual([archivedId]);
    expect(hiddenId).toBeGreaterThan(0);
  });

  it('refuses hostile tile addresses and filters with a 4xx naming the field', async () => {
    const anon = new Client();
    const bad: [string, string][] = [
      ['/tiles/projects/1%27%20OR%201=1/0/0.mvt', 'z'],
      [`/tiles/projects/${'9'.repeat(30)}/0/0.mvt`, 'z'],
      ['/tiles/projects/4/16/0.mvt', 'x'],
      ['/tiles/projects/4/0/-1.mvt', 'y'],
      ['/tiles/projects/4/0/0.mvt?status=finished', 'status'],
      ["/tiles/projects/4/0/0.mvt?province=IR-19'%20--", 'province'],
      ['/tiles/projects/4/0/0.mvt?hacker=1', 'hacker'],
      ["/tiles/counties/current'%20OR%201=1/4/0/0.mvt", 'set'],
      ['/tiles/counties/current/4/0/0.mvt?indicator=%00', 'indicator'],
      ['/tiles/counties/current/4/0/0.mvt?zoom=4', 'zoom'],
    ];
    for (const [path, field] of bad) {
      const res = await anon.get(path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
      expect(res.body.error.field, path).toBe(field);
    }
  });
});

void at;
