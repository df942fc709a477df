import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ogcItemsQuery } from '@tavazon/contract';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findCollection } from '../../server/src/ogc/collections.ts';
import { matched } from '../../server/src/ogc/features.ts';
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

// OGC API – Features as GDAL's OAPIF driver (what QGIS uses) reads it, and its paging and refusals.

const sql = openDb();
const base = `${inject('baseUrl')}/ogc`;
const dir = mkdtempSync(join(tmpdir(), 'tavazon-ogc-'));
let admin: Client;
let hidden: string;

beforeAll(async () => {
  admin = await signedIn(sql, 'admin');
  // Unpublished: a visitor's OGC layer must not show it.
  hidden = uniqueName('پنهان');
  const made = await admin.post('/api/projects', projectBody(places.tehran, { title_fa: hidden }));
  expect(made.status).toBe(201);
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await deleteTestProjects(sql);
  await sql.end({ timeout: 5 });
});

const getJson = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(path.startsWith('http') ? path : `${base}${path}`, { headers });
  return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as any };
};

async function publishedCount() {
  const [row] = await sql<{ n: number }[]>`
    SELECT count(*)::int AS n FROM project WHERE published AND NOT archived`;
  return row!.n;
}

describe('the OGC API documents', () => {
  it('has a landing page with service-desc, conformance and data links, and the core conformance classes', async () => {
    const landing = await getJson('');
    expect(landing.status).toBe(200);
    const rels = Object.fromEntries(
      landing.body.links.map((l: { rel: string; href: string }) => [l.rel, l.href]),
    );
    expect(rels).toMatchObject({
      self: base,
      'service-desc': `${base}/api`,
      conformance: `${base}/conformance`,
      data: `${base}/collections`,
    });
    const conf = await getJson('/conformance');
    expect(conf.body.conformsTo).toEqual(
      expect.arrayContaining([
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
      ]),
    );
  });

  it('documents in OpenAPI 3.0 exactly the item parameters the server validates with', async () => {
    const api = await getJson('/api');
    expect(api.status).toBe(200);
    expect(api.type).toContain('application/vnd.oai.openapi+json');
    expect(api.body.openapi).toMatch(/^3\.0\./);
    expect(api.body.servers[0].url).toBe(base);
    const params = api.body.paths['/collections/{collectionId}/items'].get.parameters;
    const query = params.filter((p: { in: string }) => p.in === 'query').map((p: { name: string }) => p.name);
    expect(query.sort()).toEqual(Object.keys(ogcItemsQuery.shape).sort());
    const limit = params.find((p: { name: string }) => p.name === 'limit');
    expect(limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 10000, default: 100 });
  });

  it('writes its links from the configured public origin, never from the Host header', async () => {
    const url = new URL(`${base}/collections`);
    const body = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        { host: url.hostname, port: url.port, path: url.pathname, headers: { Host: 'evil.example:666' } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve(text));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(body).not.toContain('evil.example');
    expect(JSON.parse(body).links[0].href).toBe(`${base}/collections`);
  });
});

describe('GDAL (OAPIF)', () => {
  it('lists the collections', async () => {
    const out = await gdal('ogrinfo', ['-ro', '-so', `OAPIF:${base}`]);
    for (const layer of ['provinces', 'counties-current', 'counties-census-1395', 'projects']) {
      expect(out).toMatch(new RegExp(`^\\d+: ${layer} `, 'm'));
    }
    expect(out).toMatch(/^\d+: regions-\d+ /m);
  });

  it('copies all 478 current counties with their indicators and the published projects into a GeoPackage', async () => {
    const gpkg = join(dir, 'tavazon.gpkg');
    await gdal('ogr2ogr', ['-f', 'GPKG', gpkg, `OAPIF:${base}`, 'counties-current', 'projects']);
    const [counties] = await gdalRows(gpkg, 'SELECT count(*) AS n FROM "counties-current"');
    expect(Number(counties!.n)).toBe(478);
    const [projects] = await gdalRows(gpkg, 'SELECT count(*) AS n FROM projects');
    expect(Number(projects!.n)).toBe(await publishedCount());
    const hiddenRows = await gdalRows(gpkg, `SELECT id FROM projects WHERE title_fa = '${hidden}'`);
    expect(hiddenRows).toEqual([]);

    // Tehran's county: its Persian name and its latest population as the database has them.
    const [want] = await sql<{ name_fa: string; population: number }[]>`
      SELECT u.name_fa, v.value AS population
      FROM admin_unit u JOIN indicator_value v ON v.admin_unit_id = u.id AND v.indicator = 'population'
      WHERE u.boundary_set = 'current' AND u.level = 'county' AND u.code = ${places.tehran.county}
      ORDER BY v.period DESC LIMIT 1`;
    const [tehran] = await gdalRows(
      gpkg,
      `SELECT name_fa, population, province FROM "counties-current" WHERE code = '${places.tehran.county}'`,
    );
    expect(tehran).toEqual({ name_fa: want!.name_fa, population: want!.population, province: 'IR-23' });

    const [first] = await sql<{ id: number; title_fa: string; status: string }[]>`
      SELECT id::int AS id, title_fa, status FROM project WHERE published AND NOT archived ORDER BY id LIMIT 1`;
    const [copied] = await gdalRows(gpkg, `SELECT title_fa, status FROM projects WHERE id = ${first!.id}`);
    expect(copied).toEqual({ title_fa: first!.title_fa, status: first!.status });
  });
});

describe('items', () => {
  it('pages with limit, next and prev links, numberMatched and numberReturned', async () => {
    const first = await getJson('/collections/counties-current/items?limit=200');
    expect(first.type).toContain('application/geo+json');
    expect(first.body).toMatchObject({ type: 'FeatureCollection', numberMatched: 478, numberReturned: 200 });
    const next = first.body.links.find((l: { rel: string }) => l.rel === 'next');
    expect(next.href).toBe(`${base}/collections/counties-current/items?limit=200&offset=200`);
    const third = await getJson(`${base}/collections/counties-current/items?limit=200&offset=400`);
    expect(third.body.numberReturned).toBe(78);
    expect(third.body.links.map((l: { rel: string }) => l.rel)).not.toContain('next');
    const prev = third.body.links.find((l: { rel: string }) => l.rel === 'prev');
    expect(prev.href).toContain('offset=200');
    const ids = new Set([first, third].flatMap((p) => p.body.features.map((f: { id: string }) => f.id)));
    expect(ids.size).toBe(278);
    const byDefault = await getJson('/collections/counties-current/items');
    expect(byDefault.body.numberReturned).toBe(100);
  });

  it("counts the matches exactly on a small table and by the planner's estimate on a large one", async () => {
    const projects = (await findCollection(sql, 'projects', { internal: false }))!;
    const page = { limit: 10, offset: 0 };
    const exact = await matched(sql, projects, page, { internal: false });
    expect(exact).toEqual({ n: await publishedCount(), estimated: false });
    // As if the table were past the threshold: the answer is the planner's, not a count.
    await sql`ANALYZE project`;
    const estimate = await matched(sql, projects, page, { internal: false }, 1);
    expect(estimate.estimated).toBe(true);
    expect(estimate.n).toBeGreaterThan(0);
  });

  it('filters by bbox (CRS84) and carries it into the next link', async () => {
    const box = '51.3,35.6,51.5,35.8';
    const page = await getJson(`/collections/counties-current/items?bbox=${box}&limit=1`);
    expect(page.body.numberMatched).toBeGreaterThanOrEqual(1);
    expect(page.body.numberMatched).toBeLessThan(10);
    const all = await getJson(`/collections/counties-current/items?bbox=${box}`);
    expect(all.body.features.map((f: { id: string }) => f.id)).toContain(places.tehran.county);
    if (page.body.numberMatched > 1) {
      const next = page.body.links.find((l: { rel: string }) => l.rel === 'next');
      expect(new URL(next.href).searchParams.get('bbox')).toBe(box);
    }
    const crs = await getJson(
      `/collections/projects/items?bbox=${box}&bbox-crs=${encodeURIComponent('http://www.opengis.net/def/crs/OGC/1.3/CRS84')}`,
    );
    expect(crs.status).toBe(200);
  });

  it('selects projects by datetime against their period', async () => {
    const title = uniqueName('زمان‌دار');
    const made = await admin.post(
      '/api/projects',
      projectBody(places.mashhad, {
        title_fa: title,
        published: true,
        start_date: '2021-03-01',
        end_date: '2023-06-30',
      }),
    );
    expect(made.status).toBe(201);
    const titles = async (datetime: string) => {
      const page = await getJson(
        `/collections/projects/items?limit=10000&datetime=${encodeURIComponent(datetime)}`,
      );
      expect(page.status).toBe(200);
      return page.body.features.map((f: { properties: { title_fa: string } }) => f.properties.title_fa);
    };
    expect(await titles('2022-01-01')).toContain(title);
    expect(await titles('2023-01-01/..')).toContain(title);
    expect(await titles('../2021-03-01')).toContain(title);
    expect(await titles('2024-01-01T00:00:00Z/..')).not.toContain(title);
    expect(await titles('2019-01-01/2020-12-31')).not.toContain(title);
  });

  it('answers one feature, and 404 for an unknown feature or collection', async () => {
    const county = await getJson(`/collections/counties-current/items/${places.tehran.county}`);
    expect(county.status).toBe(200);
    expect(county.body).toMatchObject({ type: 'Feature', id: places.tehran.county });
    expect(county.body.links[0].rel).toBe('self');
    const [p] = await sql<
      { id: number }[]
    >`SELECT id::int AS id FROM project WHERE published ORDER BY id LIMIT 1`;
    expect((await getJson(`/collections/projects/items/${p!.id}`)).body.id).toBe(p!.id);
    const hiddenId = (
      await sql<{ id: number }[]>`SELECT id::int AS id FROM project WHERE title_fa = ${hidden}`
    )[0]!.id;
    const unseen = await getJson(`/collections/projects/items/${hiddenId}`);
    expect(unseen.status).toBe(404);
    expect(unseen.body.error.code).toBe('ogc.feature_not_found');
    const nowhere = await getJson('/collections/counties-nowhere/items');
    expect(nowhere.status).toBe(404);
    expect(nowhere.body.error).toMatchObject({ code: 'ogc.collection_not_found', field: 'collectionId' });
  });

  it('refuses bad parameters with 400 naming the parameter', async () => {
    const cases: [string, string][] = [
      ['limit=0', 'limit'],
      ['limit=10001', 'limit'],
      ['limit=0x10', 'limit'],
      ['offset=-1', 'offset'],
      ['bbox=1,2,3', 'bbox'],
      ['bbox=60,30,50,40', 'bbox'],
      ["bbox=1,2,3,4'--", 'bbox'],
      ['bbox-crs=EPSG:4326', 'bbox-crs'],
      ['datetime=yesterday', 'datetime'],
      ['datetime=2024-01-01/2023-01-01', 'datetime'],
      ['f=html', 'f'],
      ['colour=red', 'colour'],
    ];
    for (const [query, field] of cases) {
      const res = await getJson(`/collections/projects/items?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.field, query).toBe(field);
      expect(res.body.error.message).toContain(field);
    }
    const timeless = await getJson('/collections/counties-current/items?datetime=2020-01-01');
    expect(timeless.status).toBe(400);
    expect(timeless.body.error.field).toBe('datetime');
  });
});
