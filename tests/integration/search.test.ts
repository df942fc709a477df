import { searchAnswer } from '@tavazon/contract';
import { afterAll, describe, expect, it } from 'vitest';
import { Client, deleteTestProjects, openDb, places, projectBody, signedIn } from './accounts.ts';

// The portal's search (GET /api/search) on the real data: every spelling the issue lists finds its county.
const sql = openDb();
afterAll(async () => {
  await deleteTestProjects(sql);
  await sql.end({ timeout: 5 });
});

const visitor = new Client();
const KERMAN = 'osm-6555167';
const NAJAFABAD = 'osm-6555232';
const IJRUD = 'osm-6554899';
const MASHHAD = 'osm-6555208';

async function search(q: string, client: Client = visitor, extra = '') {
  const res = await client.get(`/api/search?q=${encodeURIComponent(q)}${extra}`);
  expect(res.status, `${q}: ${res.text.slice(0, 200)}`).toBe(200);
  const parsed = searchAnswer.safeParse(res.body);
  expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
  return res.body.results as {
    kind: string;
    set: string | null;
    code: string | null;
    id: number | null;
    match: string;
    path: string;
  }[];
}

/** The rank (0-based) of a current county among the results, -1 if absent. */
const rankOf = (results: Awaited<ReturnType<typeof search>>, code: string) =>
  results.findIndex((r) => r.kind === 'county' && r.set === 'current' && r.code === code);

describe('search_key, the one normalisation of names and queries', () => {
  it.each([
    ['ايجرود', 'ایجرود'], // Arabic yeh
    ['كرمان', 'کرمان'], // Arabic kaf
    ['مدرسة', 'مدرسه'], // teh marbuta
    ['نجف‌آباد', 'نجفاباد'], // ZWNJ
    ['نجف آباد', 'نجفاباد'], // space
    ['شهرستان نجف آباد', 'نجفاباد'], // «شهرستان» ignored
    ['استان کرمان', 'کرمان'], // «استان» ignored
    ['مَشهَد', 'مشهد'], // diacritics
    ['۱۲۳ ١٢٣ 123', '123123123'], // Persian, Arabic-Indic and Latin digits
    ['Kerman County', 'kerman'],
    ['Najaf-Abad', 'najafabad'],
    ['کردستان', 'کردستان'], // a name ending in «ستان» keeps it
    ['شهرکرد', 'شهرکرد'],
    ['شهرستان', ''],
  ])('%s → %s', async (name, key) => {
    const [row] = await sql<{ key: string }[]>`SELECT search_key(${name}) AS key`;
    expect(row!.key).toBe(key);
  });
});

describe('GET /api/search', () => {
  it.each([
    ['ایجرود', IJRUD],
    ['ايجرود', IJRUD],
    ['كرمان', KERMAN],
    ['نجف‌آباد', NAJAFABAD],
    ['نجف آباد', NAJAFABAD],
    ['نجفآباد', NAJAFABAD],
    ['شهرستان نجف‌آباد', NAJAFABAD],
    ['مَشهَد', MASHHAD],
    ['Najafabad', NAJAFABAD],
    ['kerman county', KERMAN],
  ])('finds the county for «%s» first among counties', async (q, code) => {
    const results = await search(q);
    const counties = results.filter((r) => r.kind === 'county' && r.set === 'current');
    expect(counties[0]?.code, JSON.stringify(results.slice(0, 3))).toBe(code);
    expect(counties[0]!.match).toBe('exact');
    expect(counties[0]!.path).toBe(`/county/current/${code}`);
  });

  it('ranks the exact name before longer names that start with it (Kerman before Kermanshah)', async () => {
    const results = await search('کرمان');
    const kermanshah = results.findIndex((r) => r.kind === 'county' && r.code === 'osm-6555168');
    expect(rankOf(results, KERMAN)).toBeGreaterThanOrEqual(0);
    expect(kermanshah).toBeGreaterThan(rankOf(results, KERMAN));
    expect(results.find((r) => r.kind === 'province' && r.code === 'IR-08')?.path).toBe('/province/IR-08');
  });

  it('finds by the start of a name and despite a typo', async () => {
    const prefix = await search('نجف');
    expect(rankOf(prefix, NAJAFABAD)).toBeGreaterThanOrEqual(0);
    expect(prefix[rankOf(prefix, NAJAFABAD)]!.match).toBe('prefix');
    const typo = await search('کرمن');
    expect(rankOf(typo, KERMAN), JSON.stringify(typo.slice(0, 5))).toBeGreaterThanOrEqual(0);
    expect(typo[rankOf(typo, KERMAN)]!.match).toBe('similar');
    const english = await search('Najafabaad');
    expect(rankOf(english, NAJAFABAD)).toBeGreaterThanOrEqual(0);
  });

  it('finds counties of both boundary sets, each with its kind and page', async () => {
    const results = await search('ایجرود', visitor, '&limit=20');
    const sets = new Set(results.filter((r) => r.kind === 'county').map((r) => r.set));
    expect(sets.has('current')).toBe(true);
    expect(sets.has('census-1395')).toBe(true);
    for (const r of results) expect(['province', 'county', 'project']).toContain(r.kind);
  });

  it('finds projects by title, with any digits, and only those the caller may see', async () => {
    const admin = await signedIn(sql, 'admin');
    const title = `نیروگاه آزمون جستجو ${Date.now() % 100000}`;
    const created = await admin.post('/api/projects', projectBody(places.tehran, { title_fa: title }));
    expect(created.status).toBe(201);
    const id = created.body.id as number;
    const persianDigits = title.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
    const found = await search(persianDigits, admin);
    expect(found[0]).toMatchObject({ kind: 'project', id, path: `/project/${id}` });
    // Unpublished: a visitor does not find it.
    expect((await search(persianDigits)).some((r) => r.id === id)).toBe(false);
    const [row] = await sql<{ version: number }[]>`SELECT version FROM project WHERE id = ${id}`;
    await admin.patch(`/api/projects/${id}`, { version: row!.version, published: true });
    expect((await search(title)).find((r) => r.id === id)?.kind).toBe('project');
  });

  it('keeps to the limit', async () => {
    expect((await search('آباد', visitor, '&limit=3')).length).toBe(3);
    expect((await search('آباد')).length).toBe(10);
  });

  it('answers a query of only ignored words with no results', async () => {
    expect(await search('شهرستان')).toEqual([]);
    expect(await search('  استان ')).toEqual([]);
  });

  it.each([
    ['', 'q'],
    ['?q=', 'q'],
    [`?q=${'ک'.repeat(101)}`, 'q'],
    ['?q=a&limit=0', 'limit'],
    ['?q=a&limit=51', 'limit'],
    ['?q=a&limit=1e1', 'limit'],
    ['?q=a&limit=abc', 'limit'],
  ])('refuses %s with 400 naming %s', async (query, field) => {
    const res = await visitor.get(`/api/search${query}`);
    expect(res.status, res.text.slice(0, 200)).toBe(400);
    expect(res.body.error.field).toBe(field);
    expect(res.body.error.code).toBe('field.invalid');
  });

  it('treats hostile text as text', async () => {
    for (const q of ["' OR 1=1 --", '%', '_', '<script>alert(1)</script>', '\\', '\u0000']) {
      const res = await visitor.get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBeLessThan(500);
    }
  });
});
