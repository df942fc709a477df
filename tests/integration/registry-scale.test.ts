import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Client, deleteTestProjects, openDb, places, signedIn, uniqueName } from './accounts.ts';
import { get } from './http.ts';

// Issue 14, the registry at scale: counts per county kept by the triggers of migration 0017, keyset
// paging of /api/projects and of the OGC projects, bad cursors, and the streamed export.

const sql = openDb();
const base = inject('baseUrl');
let admin: Client;
// Rows this file writes straight into the table are labelled so, and deleted at the end.
const label = uniqueName('synthetic-registry');

beforeAll(async () => {
  admin = await signedIn(sql, 'admin');
});
afterAll(async () => {
  await sql`DELETE FROM project WHERE source_key LIKE ${`${label}%`}`;
  await deleteTestProjects(sql);
  await sql.end({ timeout: 5 });
});

/**
 * The kept counts against a recount by polygon (what the county layer did per request before 0017), in
 * one statement, so that other test files writing meanwhile cannot make it disagree. Rows that differ.
 */
async function mismatches() {
  return sql<{ id: string; status: string; old: number | null; kept: number | null }[]>`
    WITH old AS (
      SELECT k.id, p.status, p.published, p.archived, count(*)::int AS n
      FROM project p
      CROSS JOIN boundary_set s
      CROSS JOIN LATERAL (
        SELECT u.id FROM admin_unit u
        WHERE u.boundary_set = s.code AND u.level = 'county' AND ST_Covers(u.geom, p.location)
        ORDER BY u.id LIMIT 1) k
      GROUP BY 1, 2, 3, 4
    ), kept AS (
      SELECT unit_id AS id, status, published, archived, n FROM county_project_count WHERE n > 0
    )
    SELECT id, status, old.n AS old, kept.n AS kept
    FROM old FULL JOIN kept USING (id, status, published, archived)
    WHERE old.n IS DISTINCT FROM kept.n`;
}

async function countyOf(code: string, set = 'current') {
  const [row] = await sql<{ id: string }[]>`
    SELECT id FROM admin_unit WHERE boundary_set = ${set} AND level = 'county' AND code = ${code}`;
  return row!.id;
}

/** A county's public counts as the county layer reads them (county_public_projects, migration 0019). */
async function kept(unitId: string) {
  const [row] = await sql<{ projects: Record<string, number> }[]>`
    SELECT projects FROM county_public_projects WHERE unit_id = ${unitId}`;
  return row?.projects ?? {};
}

async function insertSynthetic(n: number, place: { lng: number; lat: number }, extra = sql``) {
  return sql<{ id: string }[]>`
    INSERT INTO project (title_fa, sector, status, location, location_precision, published, source_key)
    SELECT ${label} || ' ' || lpad(i::text, 5, '0'), 'energy', (ARRAY['idea', 'study', 'execution'])[1 + i % 3],
           ST_SetSRID(ST_MakePoint(${place.lng}::float8 + i * 1e-6, ${place.lat}::float8), 4326), 'exact', true,
           ${label} || '-' || i || '-' || md5(random()::text) ${extra}
    FROM generate_series(1, ${n}) i
    RETURNING id`;
}

describe('project counts per county (kept on write)', () => {
  it('equal the recount by polygon on the real data, on every boundary set', async () => {
    const [sets] = await sql<
      { n: number }[]
    >`SELECT count(DISTINCT boundary_set)::int AS n FROM project_placement`;
    expect(sets!.n).toBeGreaterThanOrEqual(2);
    expect(await mismatches()).toEqual([]);
    // Exactly the query the county layer ran per request before migration 0017 (every county covering a
    // published, unarchived project's point), against the kept counts the layer reads now.
    const differ = await sql`
      WITH old AS (
        SELECT u.id, p.status, count(*)::int AS n
        FROM admin_unit u JOIN project p ON ST_Covers(u.geom, p.location)
        WHERE u.level = 'county' AND p.published AND NOT p.archived
        GROUP BY 1, 2
      ), kept AS (
        SELECT unit_id AS id, status, sum(n)::int AS n FROM county_project_count
        WHERE published AND NOT archived GROUP BY 1, 2 HAVING sum(n) > 0
      )
      SELECT * FROM old FULL JOIN kept USING (id, status) WHERE old.n IS DISTINCT FROM kept.n`;
    expect(differ).toEqual([]);
    // And the public objects the layer joins are those counts.
    const stale = await sql`
      WITH counted AS (
        SELECT unit_id, json_object_agg(status, n ORDER BY status)::jsonb AS projects FROM county_project_count
        WHERE published AND NOT archived GROUP BY 1
      )
      SELECT unit_id FROM counted FULL JOIN county_public_projects p USING (unit_id)
      WHERE counted.projects IS DISTINCT FROM p.projects::jsonb`;
    expect(stale).toEqual([]);
  });

  it('follow inserts, status changes, moves and deletes', async () => {
    const tehran = await countyOf(places.tehran.county);
    const mashhad = await countyOf(places.mashhad.county);
    const before = { tehran: await kept(tehran), mashhad: await kept(mashhad) };
    const ids = (await insertSynthetic(3, places.tehran)).map((r) => r.id);
    const after = await kept(tehran);
    expect((after.idea ?? 0) + (after.study ?? 0) + (after.execution ?? 0)).toBe(
      (before.tehran.idea ?? 0) + (before.tehran.study ?? 0) + (before.tehran.execution ?? 0) + 3,
    );
    expect(await mismatches()).toEqual([]);

    await sql`UPDATE project SET status = 'operational' WHERE id IN ${sql(ids)}`;
    expect((await kept(tehran)).operational ?? 0).toBe((before.tehran.operational ?? 0) + 3);
    await sql`UPDATE project SET title_en = 'renamed' WHERE id = ${ids[0]!}`;
    await sql`UPDATE project SET published = false WHERE id = ${ids[1]!}`;
    expect((await kept(tehran)).operational ?? 0).toBe((before.tehran.operational ?? 0) + 2);
    expect(await mismatches()).toEqual([]);

    // A move: the county is derived again from the point, and both counties' counts follow.
    await sql`UPDATE project SET location = ST_SetSRID(ST_MakePoint(${places.mashhad.lng}, ${places.mashhad.lat}), 4326)
              WHERE id = ${ids[0]!}`;
    expect((await kept(tehran)).operational ?? 0).toBe((before.tehran.operational ?? 0) + 1);
    expect((await kept(mashhad)).operational ?? 0).toBe((before.mashhad.operational ?? 0) + 1);
    const [census] = await sql<{ code: string }[]>`
      SELECT u.code FROM project_placement pl JOIN admin_unit u ON u.id = pl.unit_id
      WHERE pl.project_id = ${ids[0]!} AND pl.boundary_set <> 'current'`;
    const [covering] = await sql<{ code: string }[]>`
      SELECT u.code FROM admin_unit u, project p
      WHERE p.id = ${ids[0]!} AND u.boundary_set <> 'current' AND u.level = 'county' AND ST_Covers(u.geom, p.location)
      ORDER BY u.id LIMIT 1`;
    expect(census?.code).toBe(covering?.code);
    expect(await mismatches()).toEqual([]);

    await sql`DELETE FROM project WHERE id IN ${sql(ids)}`;
    expect(await kept(tehran)).toEqual(before.tehran);
    expect(await kept(mashhad)).toEqual(before.mashhad);
    expect(await mismatches()).toEqual([]);
  });

  it('are what GET /api/counties answers, without a recount per request', async () => {
    const ids = (await insertSynthetic(2, places.tabriz)).map((r) => r.id);
    const layer = await get(`/api/counties?set=current&province=${places.tabriz.province}`);
    expect(layer.status).toBe(200);
    const tabriz = layer.body.features.find(
      (f: { properties: { code: string } }) => f.properties.code === places.tabriz.county,
    );
    expect(tabriz.properties.projects).toEqual(await kept(await countyOf(places.tabriz.county)));
    const page = await get(`/api/counties/${places.tabriz.county}?set=current`);
    expect(page.body.projects).toEqual(tabriz.properties.projects);
    await sql`DELETE FROM project WHERE id IN ${sql(ids)}`;
  });
});

interface Page {
  status: number;
  body: {
    features: { id: number; properties: Record<string, unknown> }[];
    next_cursor: string | null;
    links: { rel: string; href: string }[];
    error?: { field?: string };
  };
}

/** Every page of a list, inserting `during` more matching projects between pages. */
async function allPages(query: string, during = 0) {
  const seen: number[] = [];
  let path: string | null = `/api/projects?${query}`;
  let pages = 0;
  while (path) {
    const page: Page = await get(path);
    expect(page.status, path).toBe(200);
    seen.push(...page.body.features.map((f) => f.id));
    const next = page.body.links.find((l) => l.rel === 'next');
    if (page.body.next_cursor) expect(next?.href).toContain(`cursor=${page.body.next_cursor}`);
    else expect(next).toBeUndefined();
    path = next?.href ?? null;
    // Added while the list is read (a few times: each order pages through what the last one added).
    if (during && path && pages < 3) await insertSynthetic(during, places.tabriz);
    pages++;
  }
  return { seen, pages };
}

describe('GET /api/projects by keyset', () => {
  let ids: number[] = [];
  beforeAll(async () => {
    ids = (await insertSynthetic(23, places.tehran)).map((r) => Number(r.id));
  });

  it('pages in every order without a project twice or missing, while projects are added', async () => {
    const q = encodeURIComponent(label);
    for (const sort of [
      'id',
      '-id',
      'title',
      '-title',
      'status',
      '-status',
      'county',
      '-county',
      'updated',
      '-updated',
    ]) {
      const { seen, pages } = await allPages(`q=${q}&limit=5&sort=${sort}`, 2);
      expect(new Set(seen).size, sort).toBe(seen.length);
      for (const id of ids) expect(seen, sort).toContain(id);
      expect(pages, sort).toBeGreaterThanOrEqual(5);
    }
  });

  it('orders by the chosen key, the id breaking ties', async () => {
    const q = encodeURIComponent(label);
    const page: Page = await get(`/api/projects?q=${q}&limit=10000&sort=-title`);
    const titles = page.body.features.map((f) => f.properties.title_fa as string);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    const byStatus: Page = await get(`/api/projects?q=${q}&limit=10000&sort=status`);
    const keys = byStatus.body.features.map((f) => [f.properties.status as string, f.id] as const);
    expect(keys).toEqual([...keys].sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] < b[0] ? -1 : 1)));
  });

  it('searches titles as the search box does (Arabic letters, half-spaces)', async () => {
    const name = uniqueName('پروژه‌ی کیش');
    await sql`INSERT INTO project (title_fa, sector, status, location, location_precision, published, source_key)
              VALUES (${name}, 'energy', 'idea', ST_SetSRID(ST_MakePoint(${places.tehran.lng}, ${places.tehran.lat}), 4326),
                      'exact', true, ${`${label}-search`})`;
    const typed = name.replace('ی', 'ي').replace('\u200c', ' ');
    const found: Page = await get(`/api/projects?q=${encodeURIComponent(typed)}`);
    expect(found.body.features.map((f) => f.properties.title_fa)).toEqual([name]);
  });

  it('is bounded: a default page size, a next link and a Link header', async () => {
    const res = await fetch(`${base}/api/projects?limit=2`);
    const body = (await res.json()) as Page['body'];
    expect(body.features).toHaveLength(2);
    expect(res.headers.get('link')).toMatch(/^<\/api\/projects\?limit=2&cursor=[A-Za-z0-9_-]+>; rel="next"$/);
    const all: Page = await get('/api/projects');
    expect(all.body.features.length).toBeLessThanOrEqual(1000);
  });

  it('answers a bad cursor, limit or sort with 400 naming the field', async () => {
    const first: Page = await get(`/api/projects?limit=1&sort=title`);
    const cursor = first.body.next_cursor!;
    const cases: [string, string][] = [
      ['cursor=not-a-cursor', 'cursor'],
      ['cursor=%%%', 'cursor'],
      [`cursor=${Buffer.from('[1,2]').toString('base64url')}`, 'cursor'],
      [`cursor=${Buffer.from('["updated","yesterday",3]').toString('base64url')}&sort=updated`, 'cursor'],
      [`cursor=${cursor}&sort=-title`, 'cursor'],
      [`cursor=${cursor}`, 'cursor'],
      ['limit=0', 'limit'],
      ['limit=10001', 'limit'],
      ['limit=2.5', 'limit'],
      ['sort=price', 'sort'],
      ['q=', 'q'],
    ];
    for (const [query, field] of cases) {
      const res: Page = await get(`/api/projects?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error?.field, query).toBe(field);
    }
  });
});

describe('OGC projects by keyset', () => {
  it('next links carry the last id, not an offset, and page through every project once', async () => {
    const published = async () =>
      new Set(
        (await sql<{ id: string }[]>`SELECT id FROM project WHERE published AND NOT archived`).map((r) =>
          Number(r.id),
        ),
      );
    const before = await published();
    const seen: number[] = [];
    let url: string | null = `${base}/ogc/collections/projects/items?limit=4`;
    while (url) {
      const page = (await (await fetch(url)).json()) as {
        features: { id: number }[];
        links: { rel: string; href: string }[];
      };
      seen.push(...page.features.map((f) => f.id));
      const next = page.links.find((l) => l.rel === 'next');
      if (next) {
        const params = new URL(next.href).searchParams;
        expect(params.get('offset')).toBeNull();
        expect(Number(params.get('after'))).toBe(page.features.at(-1)!.id);
      }
      url = next?.href ?? null;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // Other test files add and delete projects meanwhile: every one there before and after was seen.
    const after = await published();
    for (const id of before) if (after.has(id)) expect(seen).toContain(id);
    const wrong = await get('/ogc/collections/counties-current/items?after=3');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.field).toBe('after');
  });
});

/** The server's JavaScript heap in use, from its own /metrics (prom-client's default gauges). */
async function serverHeap() {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('tavazon_nodejs_heap_size_used_bytes '));
  return Number(line!.split(' ')[1]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the streamed export', () => {
  // ≈ 4.3 KB of CSV a row: the file is far larger than what the server may hold while it is sent.
  const rows = 12_000;
  const description = 'x'.repeat(4000);

  beforeAll(async () => {
    // Written in bulk with the triggers off for this transaction only (the county set by hand), so that
    // generating the set takes seconds; archived and unpublished, so that no public list changes meanwhile.
    const [county] = await sql<{ id: string; province_code: string; lng: number; lat: number }[]>`
      SELECT id, province_code, ST_X(ST_PointOnSurface(geom)) AS lng, ST_Y(ST_PointOnSurface(geom)) AS lat
      FROM admin_unit WHERE boundary_set = 'current' AND level = 'county' AND code = ${places.tehran.county}`;
    await sql.begin(async (tx) => {
      await tx`SET LOCAL session_replication_role = replica`;
      await tx`
        INSERT INTO project (title_fa, description, sector, status, location, location_precision, county_id,
                             province_code, published, archived, source_key)
        SELECT 'synthetic export row ' || i, ${description}, 'energy', 'idea',
               ST_SetSRID(ST_MakePoint(${county!.lng}, ${county!.lat}), 4326), 'exact', ${county!.id},
               ${county!.province_code}, false, true, ${label} || '-export-' || i
        FROM generate_series(1, ${rows}) i`;
    });
  }, 120_000);

  it('sends a CSV far larger than the memory it takes, fetching rows only as the client reads', async () => {
    const url = `${base}/api/projects/export?format=csv&archived=true&province=${places.tehran.province}`;
    const idle = await serverHeap();
    const res = await fetch(url, { headers: { cookie: admin.cookie!, 'accept-encoding': 'identity' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const reader = res.body!.getReader();
    let bytes = (await reader.read()).value!.byteLength;
    // The client pauses: a server that built the file whole holds all of it now.
    await sleep(1500);
    const paused = Math.max(await serverHeap(), await serverHeap());
    let lines = 0;
    let tail = '';
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      const text = tail + decoder.decode(value, { stream: true });
      lines += text.split('\r\n').length - 1;
      tail = text.slice(text.lastIndexOf('\r\n') + 2);
    }
    expect(lines).toBeGreaterThanOrEqual(rows);
    expect(bytes).toBeGreaterThan(rows * 4000);
    // Streaming holds a batch (500 rows ≈ 2 MB) and the socket's buffers, not the 50 MB file.
    // A server building the file whole holds its text and its JSON (≥ 2 × bytes); the margin is for the
    // other test files, whose requests the same server answers meanwhile (a 20 MB upload among them).
    expect(paused - idle).toBeLessThan(bytes * 0.6);
  }, 180_000);

  it('as GeoJSON: one valid FeatureCollection, streamed the same way', async () => {
    const res = await fetch(`${base}/api/projects/export?format=geojson&province=${places.tehran.province}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.status).toBe(200);
    const body = JSON.parse(await res.text());
    expect(body.type).toBe('FeatureCollection');
    expect(body.features.length).toBeGreaterThan(0);
    for (const f of body.features) {
      expect(f.type).toBe('Feature');
      expect(f.properties.province).toBe(places.tehran.province);
    }
  });
});
