import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { datasets } from '../../server/src/caching/datasets.ts';
import { Client, deleteTestProjects, openDb, places, projectBody, signedIn, uniqueName } from './accounts.ts';

// The response cache (README, Caching): ETags from the data versions of migration 0016, 304s, public and
// private Cache-Control, and a write seen at once. The bound of the body cache: caching-bound.test.ts.

const sql = openDb();
let admin: Client;
let viewer: Client;
let scheme: number;

beforeAll(async () => {
  admin = await signedIn(sql, 'admin');
  viewer = await signedIn(sql, 'viewer');
  const [first] = await sql<{ id: number }[]>`SELECT id::int FROM region_scheme ORDER BY id LIMIT 1`;
  scheme = first!.id;
});
afterAll(async () => {
  await deleteTestProjects(sql);
  await sql.end({ timeout: 5 });
});

const tagShape = /^"[A-Za-z0-9_-]{27}-(br|gz|id)"$/;
const br = { 'accept-encoding': 'br' };

function get(client: Client, path: string, headers: Record<string, string> = {}) {
  return client.request('GET', path, { headers: { ...br, ...headers } });
}

/** A published project made through the API, in Tehran. */
async function publishedProject(title: string) {
  const res = await admin.post(
    '/api/projects',
    projectBody(places.tehran, { title_en: title, published: true }),
  );
  expect(res.status, res.text).toBe(201);
  return res.body as { id: number; properties: { version: number } };
}

describe('cached answers', () => {
  const paths = () => [
    '/api/counties?set=current',
    '/api/counties?set=census-1395&province=IR-19&indicator=population',
    `/api/counties/${places.tehran.county}?set=current`,
    '/api/provinces?set=current',
    `/api/regions?scheme=${scheme}`,
    '/api/projects',
    '/api/indicators',
    '/api/indicators/population/values?set=current',
    '/api/analysis/inequality?indicator=unemployment_rate&set=census-1395',
    '/ogc/collections',
    '/ogc/collections/counties-current/items?limit=5',
  ];

  it('carry a strong ETag, a short public max-age and answer If-None-Match with 304 and no body', async () => {
    for (const path of paths()) {
      const first = await get(new Client(), path);
      expect(first.status, `${path}: ${first.text.slice(0, 200)}`).toBe(200);
      const tag = first.headers.get('etag');
      expect(tag, path).toMatch(tagShape);
      expect(first.headers.get('content-encoding'), path).toBe('br');
      expect(first.headers.get('cache-control'), path).toBe('public, max-age=10, must-revalidate');
      expect(first.headers.get('vary'), path).toBe('Accept-Encoding, Cookie, Authorization');

      const again = await get(new Client(), path, { 'if-none-match': tag! });
      expect(again.status, path).toBe(304);
      expect(again.text, path).toBe('');
      expect(again.headers.get('etag'), path).toBe(tag);
      expect(again.headers.get('cache-control'), path).toBe('public, max-age=10, must-revalidate');

      // From the body cache now: the same bytes once decoded.
      const cached = await get(new Client(), path);
      expect(cached.headers.get('etag'), path).toBe(tag);
      expect(cached.text, path).toBe(first.text);
    }
  });

  it('name the coding in the ETag, and a tag of another coding of the same data still validates', async () => {
    const path = '/api/provinces?set=current';
    const gz = await get(new Client(), path, { 'accept-encoding': 'gzip' });
    const plain = await get(new Client(), path, { 'accept-encoding': 'identity' });
    const brotli = await get(new Client(), path);
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const tags = [gz, plain, brotli].map((r) => r.headers.get('etag')!);
    expect(new Set(tags.map((t) => t.slice(1, 28))).size).toBe(1);
    expect(tags.map((t) => t.slice(28))).toEqual(['-gz"', '-id"', '-br"']);
    expect(plain.text).toBe(brotli.text);
    const revalidated = await get(new Client(), path, { 'if-none-match': `"other", ${tags[0]}` });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(tags[2]);
    expect((await get(new Client(), path, { 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('leave errors, downloads and writes alone', async () => {
    const missing = await get(new Client(), '/api/counties?set=no-such-set');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('etag')).toBeNull();
    const csv = await get(new Client(), '/api/projects/export?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('etag')).toBeNull();
    const counties = await get(new Client(), '/api/counties/export?set=current&format=csv');
    expect(counties.headers.get('etag')).toBeNull();
  });
});

describe('a write', () => {
  it('changes the ETag and the body at once, through the API', async () => {
    const title = `cache test ${Date.now()}`;
    const before = await get(new Client(), '/api/projects');
    const countyBefore = await get(new Client(), `/api/counties/${places.tehran.county}?set=current`);
    const made = await publishedProject(title);
    const after = await get(new Client(), '/api/projects', { 'if-none-match': before.headers.get('etag')! });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(after.text).toContain(title);
    const countyAfter = await get(new Client(), `/api/counties/${places.tehran.county}?set=current`, {
      'if-none-match': countyBefore.headers.get('etag')!,
    });
    expect(countyAfter.status).toBe(200);
    const total = (r: typeof countyAfter) =>
      Object.values(r.body.projects as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(total(countyAfter)).toBe(total(countyBefore) + 1);

    const renamed = `${title} renamed`;
    const patched = await admin.patch(`/api/projects/${made.id}`, { version: 1, title_en: renamed });
    expect(patched.status, patched.text).toBe(200);
    const one = await get(new Client(), `/api/projects/${made.id}`);
    expect(one.body.properties.title_en).toBe(renamed);
    expect((await get(new Client(), '/api/projects')).text).toContain(renamed);
  });

  it('in SQL changes only the answers that read its dataset, and a rolled-back one changes nothing', async () => {
    const values = '/api/indicators/population/values?set=current';
    const tag = async (path: string) => (await get(new Client(), path)).headers.get('etag');
    const [valuesBefore, provincesBefore] = [await tag(values), await tag('/api/provinces?set=current')];
    await sql
      .begin(async (tx) => {
        await tx`UPDATE indicator_value SET value = value WHERE indicator = 'no-such-indicator'`;
        throw new Error('roll back');
      })
      .catch(() => {});
    expect(await tag(values)).toBe(valuesBefore);
    // Statement-level: a write statement counts even when it changes no row (a cheap miss, never a stale hit).
    await sql`UPDATE indicator_value SET value = value WHERE indicator = 'no-such-indicator'`;
    expect(await tag(values)).not.toBe(valuesBefore);
    // The provinces' layer does not read indicators.
    expect(await tag('/api/provinces?set=current')).toBe(provincesBefore);
  });
});

describe('audiences', () => {
  it('never share a signed-in answer with the public, nor its ETag', async () => {
    const hidden = await admin.post(
      '/api/projects',
      projectBody(places.tehran, { title_en: 'cache: unpublished' }),
    );
    expect(hidden.status).toBe(201);
    const internal = await get(viewer, '/api/projects');
    expect(internal.text).toContain('cache: unpublished');
    expect(internal.headers.get('cache-control')).toBe('private, no-store');
    const visitor = await get(new Client(), '/api/projects');
    expect(visitor.text).not.toContain('cache: unpublished');
    expect(visitor.headers.get('etag')).not.toBe(internal.headers.get('etag'));
    // Each side's tag is refused by the other: the visitor gets no 304 on the viewer's copy.
    const crossed = await get(new Client(), '/api/projects', {
      'if-none-match': internal.headers.get('etag')!,
    });
    expect(crossed.status).toBe(200);
    expect(crossed.text).not.toContain('cache: unpublished');
    expect(
      (await get(viewer, '/api/projects', { 'if-none-match': visitor.headers.get('etag')! })).status,
    ).toBe(200);
    expect(
      (await get(viewer, '/api/projects', { 'if-none-match': internal.headers.get('etag')! })).status,
    ).toBe(304);
    // One project's page carries what this user may do with it: a planner elsewhere may not edit it.
    const outsider = await signedIn(sql, 'planner', [places.tabriz.province]);
    const mine = await get(admin, `/api/projects/${hidden.body.id}`);
    const theirs = await get(outsider, `/api/projects/${hidden.body.id}`);
    expect(mine.body.properties.may_edit).toBe(true);
    expect(theirs.body.properties.may_edit).toBe(false);
  });
});

describe('an ended session', () => {
  it('reads as the public and has its cookie dropped, whether the answer is made or cached', async () => {
    const ended = `tavazon_session=${'x'.repeat(43)}`;
    const path = `/api/indicators?ended-session=${Date.now()}`;
    for (const round of ['made', 'cached']) {
      const res = await new Client().request('GET', path, { headers: { ...br, cookie: ended } });
      expect(res.status, round).toBe(200);
      expect(res.headers.get('cache-control'), round).toBe('public, max-age=10, must-revalidate');
      expect(res.headers.getSetCookie().join(), round).toMatch(/^tavazon_session=;.*Max-Age=0/);
    }
  });
});

describe.skipIf(inject('engine') !== 'postgres')('data versions on PostgreSQL', () => {
  it('never make writers wait, even writing two datasets in opposite orders', async () => {
    // PGlite is one session: two transactions cannot be open at once there, so this runs on PostgreSQL.
    const [a, b] = [openDb(), openDb()];
    const [p1, p2] = [await publishedProject('writer one'), await publishedProject('writer two')];
    const [o1, o2] = await sql<{ id: number }[]>`
      INSERT INTO organisation (name_fa, kind)
      VALUES (${uniqueName('سازمان آزمون')}, 'ngo'), (${uniqueName('سازمان آزمون')}, 'ngo')
      RETURNING id::int`;
    const versions = async () =>
      new Map((await sql`SELECT * FROM data_versions()`).map((r) => [r.dataset, r.version]));
    const before = await versions();
    // One writes projects then organisations, the other organisations then projects, interleaved: with
    // one counter row per dataset each would wait for the other's row until commit (a deadlock).
    let firstWrote: () => void = () => {};
    let secondWrote: () => void = () => {};
    const first = new Promise<void>((resolve) => (firstWrote = resolve));
    const second = new Promise<void>((resolve) => (secondWrote = resolve));
    const one = a.begin(async (tx) => {
      await tx`SET LOCAL lock_timeout = '2s'`;
      await tx`UPDATE project SET title_en = 'one' WHERE id = ${p1.id}`;
      firstWrote();
      await second;
      await tx`UPDATE organisation SET name_en = 'one' WHERE id = ${o1!.id}`;
    });
    const two = b.begin(async (tx) => {
      await tx`SET LOCAL lock_timeout = '2s'`;
      await first;
      await tx`UPDATE organisation SET name_en = 'two' WHERE id = ${o2!.id}`;
      secondWrote();
      await tx`UPDATE project SET title_en = 'two' WHERE id = ${p2.id}`;
    });
    await Promise.all([one, two]);
    const after = await versions();
    expect(after.get('projects')).not.toBe(before.get('projects'));
    expect(after.get('organisations')).not.toBe(before.get('organisations'));
    expect(after.get('boundaries')).toBe(before.get('boundaries'));
    await sql`DELETE FROM organisation WHERE id IN ${sql([o1!.id, o2!.id])}`;
    await Promise.all([a.end(), b.end()]);
  });
});

it('keeps one data version per dataset the server knows', async () => {
  const rows = await sql<{ dataset: string }[]>`SELECT dataset FROM data_version ORDER BY dataset`;
  expect(rows.map((r) => r.dataset)).toEqual([...datasets].sort());
});
