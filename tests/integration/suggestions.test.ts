import {
  publicSuggestionList,
  queuedSuggestion,
  suggestionActions,
  suggestionCounts,
  suggestionLimits,
  suggestionStatuses,
} from '@tavazon/contract';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { readXlsx } from '../../server/src/xlsx/readXlsx.ts';
import { Client, openDb, places, signedIn } from './accounts.ts';

// Visitors' suggestions (POST /api/suggestions) and their moderation, on the real data. Every test client
// comes from 127.0.0.1, so the hourly limit per address is reset before each test.
const sql = openDb();
beforeEach(async () => {
  await sql`DELETE FROM suggestion_attempt`;
});
afterAll(async () => {
  await sql`DELETE FROM suggestion WHERE body LIKE 'آزمون%' OR body LIKE '<%'`;
  await sql`DELETE FROM suggestion_attempt`;
  await sql.end({ timeout: 5 });
});

const IJRUD = {
  set: 'current',
  county: 'osm-6554899',
  province: 'IR-19',
  inside: { lng: 48.23, lat: 36.42 },
};
const visitor = new Client();
const body = (text: string) => `آزمون ${text} ${Math.random().toString(36).slice(2, 8)}`;

async function queueOf(client: Client, text: string) {
  const res = await client.get('/api/suggestions/queue?province=IR-19');
  expect(res.status, res.text.slice(0, 200)).toBe(200);
  return (res.body.suggestions as { id: number; body: string }[]).find((s) => s.body === text);
}

describe('the database’s CHECK constraints and the contract’s enumerations', () => {
  it.each([
    ['suggestion', 'status', suggestionStatuses],
    ['suggestion_step', 'action', suggestionActions],
  ] as const)('%s.%s allows exactly the contract’s values', async (table, column, values) => {
    const [row] = await sql<{ def: string }[]>`
      SELECT pg_get_constraintdef(c.oid) AS def
      FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
      WHERE c.contype = 'c' AND c.conrelid = ${table}::regclass AND a.attname = ${column}
        AND array_length(c.conkey, 1) = 1`;
    expect([...row!.def.matchAll(/'([^']*)'/g)].map((m) => m[1]).sort()).toEqual([...values].sort());
  });
});

describe('a visitor’s suggestion, moderated by a planner of the province', () => {
  it('is kept for moderation, published with a reply, and shown without anything personal', async () => {
    const text = body('جاده روستا');
    const sent = await visitor.post('/api/suggestions', {
      set: IJRUD.set,
      county: IJRUD.county,
      body: text,
      name: 'مریم',
      location: IJRUD.inside,
    });
    expect(sent.status, sent.text).toBe(202);
    expect(sent.body).toEqual({ status: 'pending' });
    // Not published yet.
    const before = await visitor.get(`/api/suggestions?set=current&county=${IJRUD.county}`);
    expect(before.body.suggestions.some((s: { body: string }) => s.body === text)).toBe(false);

    const planner = await signedIn(sql, 'planner', [IJRUD.province]);
    const queued = await queueOf(planner, text);
    expect(queued).toBeDefined();
    expect(queuedSuggestion.safeParse(queued).success).toBe(true);
    expect(queued).toMatchObject({
      status: 'pending',
      name: 'مریم',
      show_name: false,
      location: IJRUD.inside,
    });

    const published = await planner.post(`/api/suggestions/${queued!.id}/steps`, {
      action: 'publish',
      note: 'در برنامهٔ سال آینده آمده است.',
    });
    expect(published.status, published.text).toBe(200);
    expect(published.body.status).toBe('published');
    expect(published.body.steps).toHaveLength(1);
    expect(published.body.steps[0]).toMatchObject({ action: 'publish', actor: planner.username });

    const shown = await visitor.get(`/api/suggestions?set=current&county=${IJRUD.county}`);
    expect(publicSuggestionList.safeParse(shown.body).success).toBe(true);
    const mine = shown.body.suggestions.find((s: { body: string }) => s.body === text);
    expect(mine).toMatchObject({
      reply: 'در برنامهٔ سال آینده آمده است.',
      name: null,
      location: IJRUD.inside,
    });
    expect(JSON.stringify(shown.body)).not.toContain('مریم');

    // Counted on the map layer.
    const counts = await visitor.get('/api/suggestions/counts?set=current');
    expect(suggestionCounts.safeParse(counts.body).success).toBe(true);
    expect(
      counts.body.counties.find((c: { code: string }) => c.code === IJRUD.county)?.published,
    ).toBeGreaterThan(0);
  });

  it('shows the name only when the visitor asked, and keeps every step with who and when', async () => {
    const text = body('کتابخانه');
    await visitor.post('/api/suggestions', {
      county: IJRUD.county,
      body: text,
      name: 'علی',
      show_name: true,
    });
    const admin = await signedIn(sql, 'admin');
    const queued = (await queueOf(admin, text))!;
    const rejected = await admin.post(`/api/suggestions/${queued.id}/steps`, {
      action: 'reject',
      note: 'تکراری',
    });
    expect(rejected.body.status).toBe('rejected');
    const again = await admin.post(`/api/suggestions/${queued.id}/steps`, { action: 'reject', note: 'باز' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('suggestion.state');
    await admin.post(`/api/suggestions/${queued.id}/steps`, { action: 'publish' });
    const replied = await admin.post(`/api/suggestions/${queued.id}/steps`, {
      action: 'reply',
      note: 'پاسخ',
    });
    expect(replied.body.steps.map((s: { action: string }) => s.action)).toEqual([
      'reject',
      'publish',
      'reply',
    ]);
    for (const s of replied.body.steps) expect(Date.parse(s.at)).not.toBeNaN();
    const shown = await visitor.get(`/api/suggestions?county=${IJRUD.county}`);
    expect(shown.body.suggestions.find((s: { body: string }) => s.body === text)).toMatchObject({
      name: 'علی',
      reply: 'پاسخ',
    });
  });

  it('keeps the moderation to planners of the province', async () => {
    const text = body('پل');
    await visitor.post('/api/suggestions', { county: IJRUD.county, body: text });
    const admin = await signedIn(sql, 'admin');
    const { id } = (await queueOf(admin, text))!;
    const elsewhere = await signedIn(sql, 'planner', [places.mashhad.province]);
    const refused = await elsewhere.post(`/api/suggestions/${id}/steps`, { action: 'publish' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('suggestion.province_forbidden');
    expect((await elsewhere.get('/api/suggestions/queue?province=IR-19')).status).toBe(403);
    const theirs = await elsewhere.get('/api/suggestions/queue');
    expect(theirs.body.suggestions.some((s: { id: number }) => s.id === id)).toBe(false);
    const viewer = await signedIn(sql, 'viewer');
    expect((await viewer.get('/api/suggestions/queue')).status).toBe(403);
    expect((await visitor.get('/api/suggestions/queue')).status).toBe(401);
    const missing = await admin.post('/api/suggestions/999999999/steps', { action: 'publish' });
    expect(missing.status).toBe(404);
  });

  it('takes a suggestion on a published project, shown on the project', async () => {
    const [project] = await sql<{ id: number }[]>`
      SELECT id::int AS id FROM project WHERE published AND NOT archived ORDER BY id LIMIT 1`;
    const text = body('پروژه');
    expect((await visitor.post('/api/suggestions', { project: project!.id, body: text })).status).toBe(202);
    const admin = await signedIn(sql, 'admin');
    const queued =
      (await queueOf(admin, text)) ??
      (await admin.get('/api/suggestions/queue')).body.suggestions.find(
        (s: { body: string }) => s.body === text,
      );
    expect(queued.project.id).toBe(project!.id);
    await admin.post(`/api/suggestions/${queued.id}/steps`, { action: 'publish' });
    const shown = await visitor.get(`/api/suggestions?project=${project!.id}`);
    expect(shown.body.suggestions[0]).toMatchObject({ body: text, project: { id: project!.id } });
  });

  it('exports a county’s suggestions as CSV, GeoJSON and XLSX: published ones for visitors, all for its planners', async () => {
    const text = body('صادرات');
    await visitor.post('/api/suggestions', { county: IJRUD.county, body: text, name: 'نام پنهان' });
    const csv = await visitor.get(`/api/suggestions/export?format=csv&county=${IJRUD.county}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text.replace(/^\uFEFF/, '').startsWith('id,status,set,county')).toBe(true);
    expect(csv.text).not.toContain(text);
    expect(csv.text).not.toContain('نام پنهان');
    const planner = await signedIn(sql, 'planner', [IJRUD.province]);
    const theirs = await planner.get(`/api/suggestions/export?format=csv&county=${IJRUD.county}`);
    expect(theirs.text).toContain(text);
    expect(theirs.text).toContain('نام پنهان');
    const geojson = await visitor.get(`/api/suggestions/export?format=geojson&county=${IJRUD.county}`);
    expect(geojson.body.type).toBe('FeatureCollection');
    for (const f of geojson.body.features) expect(f.properties.status).toBe('published');
    const xlsx = await fetch(
      new URL(`/api/suggestions/export?format=xlsx&county=${IJRUD.county}`, inject('baseUrl')),
    );
    const sheet = await readXlsx(Buffer.from(await xlsx.arrayBuffer()));
    expect([...sheet[0]!.cells.values()].slice(0, 3)).toEqual(['id', 'status', 'set']);
  });
});

describe('abuse and bad input', () => {
  it(`allows ${suggestionLimits.perAddress} suggestions an hour from one address, then 429 with Retry-After`, async () => {
    for (let i = 0; i < suggestionLimits.perAddress; i++) {
      const res = await visitor.post('/api/suggestions', { county: IJRUD.county, body: body(`حد ${i}`) });
      expect(res.status, res.text).toBe(202);
    }
    const refused = await visitor.post('/api/suggestions', { county: IJRUD.county, body: body('یکی بیشتر') });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('suggestion.too_many');
    const retry = Number(refused.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(3000);
    expect(retry).toBeLessThanOrEqual(3600);
    expect(refused.body.error.params.minutes).toBe(Math.ceil(retry / 60));
    const [counted] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM suggestion_attempt`;
    expect(counted?.n).toBe(suggestionLimits.perAddress);
    // Nothing of the address itself is stored.
    const stored = await sql`SELECT address_hash FROM suggestion_attempt`;
    for (const r of stored) expect(String(r.address_hash)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps nothing a robot sends through the hidden field, and tells it the same', async () => {
    const text = body('ربات');
    const res = await visitor.post('/api/suggestions', {
      county: IJRUD.county,
      body: text,
      website: 'http://spam',
    });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ status: 'pending' });
    expect((await sql`SELECT 1 FROM suggestion WHERE body = ${text}`).length).toBe(0);
  });

  it('stores HTML as the text it is', async () => {
    const html = '<script>alert(1)</script><a href="javascript:x">لینک</a>';
    expect((await visitor.post('/api/suggestions', { county: IJRUD.county, body: html })).status).toBe(202);
    const [row] = await sql<{ body: string }[]>`SELECT body FROM suggestion WHERE body = ${html}`;
    expect(row?.body).toBe(html);
  });

  const cases: [string, Record<string, unknown>, number, string][] = [
    ['oversized', { county: IJRUD.county, body: 'x'.repeat(2001) }, 400, 'body'],
    ['empty', { county: IJRUD.county, body: '   ' }, 400, 'body'],
    ['no text', { county: IJRUD.county }, 400, 'body'],
    ['control characters', { county: IJRUD.county, body: 'a\u0000b' }, 400, 'body'],
    ['a long name', { county: IJRUD.county, body: 'x', name: 'n'.repeat(101) }, 400, 'name'],
    ['no target', { body: 'x' }, 400, 'county'],
    ['both targets', { county: IJRUD.county, project: 1, body: 'x' }, 400, 'county'],
    ['a set without a county', { set: 'current', project: 1, body: 'x' }, 400, 'set'],
    ['an unknown county', { county: 'osm-1', body: 'x' }, 404, 'county'],
    ['an unknown set', { set: 'nowhere', county: IJRUD.county, body: 'x' }, 404, 'county'],
    ['an unknown project', { project: 999999999, body: 'x' }, 404, 'project'],
    ['a bad project id', { project: 'one', body: 'x' }, 400, 'project'],
    [
      'a point elsewhere',
      { county: IJRUD.county, body: 'x', location: { lng: places.tehran.lng, lat: places.tehran.lat } },
      400,
      'location',
    ],
    ['a malformed point', { county: IJRUD.county, body: 'x', location: [48, 36] }, 400, 'location'],
    ['an unknown field', { county: IJRUD.county, body: 'x', email: 'a@b.c' }, 400, 'email'],
    ['a wrong show_name', { county: IJRUD.county, body: 'x', show_name: 'yes' }, 400, 'show_name'],
  ];
  it.each(cases)('refuses %s with a 4xx naming the field', async (_what, json, status, field) => {
    const res = await visitor.post('/api/suggestions', json);
    expect(res.status, res.text.slice(0, 300)).toBe(status);
    expect(res.body.error.field).toBe(field);
    expect(typeof res.body.error.code).toBe('string');
  });

  it('refuses malformed bodies and bad steps with 4xx, never 5xx', async () => {
    for (const raw of ['{"body": ', 'null', '[1]', '']) {
      const res = await visitor.request('POST', '/api/suggestions', {
        body: raw,
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status, raw).toBe(400);
    }
    const cross = await visitor.post(
      '/api/suggestions',
      { county: IJRUD.county, body: 'x' },
      {
        headers: { origin: 'https://elsewhere.example' },
      },
    );
    expect(cross.status).toBe(403);
    const admin = await signedIn(sql, 'admin');
    for (const [step, field] of [
      [{ action: 'delete' }, 'action'],
      [{ action: 'reject' }, 'note'],
      [{ action: 'reply', note: '' }, 'note'],
      [{ action: 'reply', note: 'x'.repeat(2001) }, 'note'],
    ] as const) {
      const res = await admin.post('/api/suggestions/1/steps', step);
      expect(res.status, JSON.stringify(step)).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
    for (const q of [
      '',
      '?county=osm-1',
      '?project=0',
      '?project=abc',
      '?county=a&project=1',
      '?set=x&county=osm-6554899',
    ]) {
      const res = await visitor.get(`/api/suggestions${q}`);
      expect(res.status, q).toBeGreaterThanOrEqual(400);
      expect(res.status, q).toBeLessThan(500);
    }
    expect((await visitor.get('/api/suggestions/export?format=pdf')).status).toBe(400);
    expect((await visitor.get('/api/suggestions/counts?set=nowhere')).status).toBe(404);
  });
});
