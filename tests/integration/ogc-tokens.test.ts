import { apiTokenInfo, createdApiToken } from '@tavazon/contract';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type Client,
  deleteTestProjects,
  openDb,
  places,
  projectBody,
  signedIn,
  uniqueName,
} from './accounts.ts';
import { gdal, gdalRows } from './gdal.ts';

// Read-only API tokens: what a desktop GIS that cannot keep a cookie or send a CSRF token reads with.

const sql = openDb();
const baseUrl = inject('baseUrl');
let admin: Client;
let hidden: string;

beforeAll(async () => {
  admin = await signedIn(sql, 'admin');
  hidden = uniqueName('فقط‌داخلی');
  const made = await admin.post(
    '/api/projects',
    projectBody(places.tabriz, { title_fa: hidden, investment: 1200, investment_unit: 'IRR-billion' }),
  );
  expect(made.status).toBe(201);
});
afterAll(async () => {
  await deleteTestProjects(sql);
  await sql.end({ timeout: 5 });
});

const bearer = (token: string, init: RequestInit = {}) =>
  fetch(
    `${baseUrl}${init.method === 'POST' ? '/api/projects' : '/ogc/collections/projects/items?limit=10000'}`,
    {
      ...init,
      headers: { Authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
    },
  );

describe('API tokens', () => {
  it('are made by an admin, shown once, listed without the secret, and audited', async () => {
    const name = uniqueName('QGIS');
    const made = await admin.post('/api/tokens', { name, role: 'viewer' });
    expect(made.status).toBe(201);
    expect(made.body.token).toMatch(/^tvz_[A-Za-z0-9_-]{43}$/);
    expect(made.headers.get('cache-control')).toContain('no-store');
    expect(createdApiToken.safeParse(made.body).error?.issues).toBeUndefined();
    const list = await admin.get('/api/tokens');
    expect(apiTokenInfo.array().safeParse(list.body).error?.issues).toBeUndefined();
    const listed = list.body.find((t: { id: number }) => t.id === made.body.id);
    expect(listed).toMatchObject({
      name,
      role: 'viewer',
      prefix: made.body.token.slice(0, 8),
      revoked_at: null,
    });
    expect(JSON.stringify(list.body)).not.toContain(made.body.token);
    const [stored] = await sql<
      { token_hash: string }[]
    >`SELECT token_hash FROM api_token WHERE id = ${made.body.id}`;
    expect(stored!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.token_hash).not.toContain(made.body.token.slice(4));
    const audit = await admin.get('/api/audit?limit=20');
    expect(
      audit.body.find(
        (e: { action: string; target_username: string }) =>
          e.action === 'token.created' && e.target_username === name,
      ),
    ).toBeTruthy();
  });

  it('refuses a bad name, role or expiry with 400 naming the field', async () => {
    for (const [field, value] of [
      ['name', ''],
      ['role', 'admin'],
      ['expires_in_days', 0],
      ['expires_in_days', 1.5],
    ] as const) {
      const res = await admin.post('/api/tokens', { name: 'x', role: 'viewer', [field]: value });
      expect(res.status, `${field}=${value}`).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
  });

  it("read as the token's role on GET only, through GDAL too; a revoked token reads nothing", async () => {
    const made = await admin.post('/api/tokens', {
      name: uniqueName('gdal'),
      role: 'viewer',
      expires_in_days: 30,
    });
    const token: string = made.body.token;

    const anonymous = (await (
      await fetch(`${baseUrl}/ogc/collections/projects/items?limit=10000`)
    ).json()) as any;
    const titles = (page: { features: { properties: { title_fa: string } }[] }) =>
      page.features.map((f) => f.properties.title_fa);
    expect(titles(anonymous)).not.toContain(hidden);
    const asViewer = (await (await bearer(token)).json()) as any;
    expect(titles(asViewer)).toContain(hidden);
    const mine = asViewer.features.find(
      (f: { properties: { title_fa: string } }) => f.properties.title_fa === hidden,
    );
    expect(mine.properties).toMatchObject({ investment: 1200, published: false });
    const [used] = await sql<{ last_used_at: Date | null }[]>`
      SELECT last_used_at FROM api_token WHERE id = ${made.body.id}`;
    expect(used!.last_used_at).not.toBeNull();
    // The same for the JSON API.
    const api = await fetch(`${baseUrl}/api/projects?province=${places.tabriz.province}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(JSON.stringify(await api.json())).toContain(hidden);

    // GDAL with the header, as QGIS sends it.
    const env = { GDAL_HTTP_HEADERS: `Authorization: Bearer ${token}` };
    const rows = await gdalRows(
      `OAPIF:${baseUrl}/ogc`,
      `SELECT title_fa, investment FROM projects WHERE title_fa = '${hidden}'`,
      env,
    );
    // GDAL types a field by the first page, where investment is mostly empty: it reads it as text.
    expect(rows).toEqual([{ title_fa: hidden, investment: '1200' }]);
    const out = await gdal('ogrinfo', ['-ro', '-so', `OAPIF:${baseUrl}/ogc`, 'projects'], env);
    expect(out).toMatch(/^investment: /m);

    // Never a write, whatever the role.
    const before = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM project`;
    const write = await bearer(token, {
      method: 'POST',
      body: JSON.stringify(projectBody(places.tehran)),
      headers: { 'content-type': 'application/json' },
    });
    expect(write.status).toBe(403);
    expect(((await write.json()) as any).error).toMatchObject({
      code: 'api_token.read_only',
      field: 'Authorization',
    });
    expect(await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM project`).toEqual(before);
    // Nor does a planner token reach the admins' routes.
    const planner = (await admin.post('/api/tokens', { name: uniqueName('p'), role: 'planner' })).body.token;
    const users = await fetch(`${baseUrl}/api/users`, { headers: { Authorization: `Bearer ${planner}` } });
    expect(users.status).toBe(403);

    const revoked = await admin.request('DELETE', `/api/tokens/${made.body.id}`);
    expect(revoked.status).toBe(204);
    const after = await bearer(token);
    expect(after.status).toBe(401);
    expect(((await after.json()) as any).error.code).toBe('api_token.invalid');
    await expect(gdal('ogrinfo', ['-ro', '-so', `OAPIF:${baseUrl}/ogc`, 'projects'], env)).rejects.toThrow();
    const audit = await admin.get('/api/audit?limit=20');
    expect(audit.body.some((e: { action: string }) => e.action === 'token.revoked')).toBe(true);
    expect((await admin.request('DELETE', '/api/tokens/999999999')).status).toBe(404);
  });

  it('refuses an unknown or malformed token with 401, and an expired one', async () => {
    for (const token of ['tvz_nope', `tvz_${'a'.repeat(43)}`, "x' OR 1=1 --", '']) {
      const res = await bearer(token);
      expect(res.status, token).toBe(401);
    }
    const made = await admin.post('/api/tokens', {
      name: uniqueName('old'),
      role: 'viewer',
      expires_in_days: 1,
    });
    await sql`UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = ${made.body.id}`;
    expect((await bearer(made.body.token)).status).toBe(401);
  });
});
