import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, deleteTestProjects, openDb, places, projectBody, signedIn } from './accounts.ts';
import { zanjanScheme } from './schemes.ts';

// Idempotent creates and imports (issue 13): a double-clicked "create" makes one project, a retried
// import imports once, and the same key with another request is refused.

const sql = openDb();
let planner: Client;
let other: Client;
beforeAll(async () => {
  planner = await signedIn(sql, 'planner', ['IR-23', 'IR-19']);
  other = await signedIn(sql, 'planner', ['IR-23']);
});
afterAll(async () => {
  await deleteTestProjects(sql);
  await sql`DELETE FROM region_scheme WHERE seed_key IS NULL`;
  await sql.end({ timeout: 5 });
});

const withKey = (key: string) => ({ headers: { 'Idempotency-Key': key } });
const countTitled = async (title: string) =>
  (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM project WHERE title_fa = ${title}`)[0]!.n;

describe('Idempotency-Key', () => {
  it('makes one project of a double-clicked create, both answers the same', async () => {
    const body = projectBody(places.tehran);
    const key = randomUUID();
    const [a, b] = await Promise.all([
      planner.post('/api/projects', body, withKey(key)),
      planner.post('/api/projects', body, withKey(key)),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.properties.id).toBe(b.body.properties.id);
    expect(a.headers.get('location')).toBe(b.headers.get('location'));
    expect([a, b].filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(1);
    expect(await countTitled(body.title_fa)).toBe(1);
    // A later retry (the answer was lost) gets the same project again.
    const retry = await planner.post('/api/projects', body, withKey(key));
    expect(retry.status).toBe(201);
    expect(retry.body.properties.id).toBe(a.body.properties.id);
    expect(await countTitled(body.title_fa)).toBe(1);
  });

  it('without a key, two creates make two projects (the key is what makes a repeat a repeat)', async () => {
    const body = projectBody(places.tehran);
    await planner.post('/api/projects', body);
    await planner.post('/api/projects', body);
    expect(await countTitled(body.title_fa)).toBe(2);
  });

  it('refuses the same key with another body (422), and keys are per user', async () => {
    const key = randomUUID();
    const first = await planner.post('/api/projects', projectBody(places.tehran), withKey(key));
    expect(first.status).toBe(201);
    const changed = await planner.post('/api/projects', projectBody(places.tehran), withKey(key));
    expect(changed.status).toBe(422);
    expect(changed.body.error).toMatchObject({
      code: 'request.idempotency_mismatch',
      field: 'Idempotency-Key',
    });
    const body = projectBody(places.tehran);
    const mine = await other.post('/api/projects', body, withKey(key));
    expect(mine.status).toBe(201);
    expect(mine.body.properties.id).not.toBe(first.body.properties.id);
  });

  it('refuses a malformed key by name', async () => {
    const res = await planner.post('/api/projects', projectBody(places.tehran), withKey('short'));
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'field.invalid', field: 'Idempotency-Key' });
  });

  it('imports once when a committed import is sent twice with its key', async () => {
    const title = `import-once-${randomUUID().slice(0, 8)}`;
    const csv = `title_fa,sector,status,lat,lng\n${title},energy,idea,${places.tehran.lat},${places.tehran.lng}\n`;
    const key = randomUUID();
    const send = () =>
      planner.request('POST', '/api/projects/import?mode=commit', {
        body: csv,
        headers: { 'content-type': 'text/csv', 'Idempotency-Key': key },
      });
    const [a, b] = await Promise.all([send(), send()]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body).toEqual(b.body);
    expect(await countTitled(title)).toBe(1);
  });

  it('creates one region scheme for a repeated submission', async () => {
    const body = zanjanScheme();
    const key = randomUUID();
    const a = await planner.post('/api/region-schemes', body, withKey(key));
    const b = await planner.post('/api/region-schemes', body, withKey(key));
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body.id).toBe(a.body.id);
    const rows = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM region_scheme WHERE name_en = ${body.name_en}`;
    expect(rows[0]?.n).toBe(1);
  });
});
