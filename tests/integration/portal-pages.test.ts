import { downloadCatalogue, provinceDetail } from '@tavazon/contract';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { readXlsx } from '../../server/src/xlsx/readXlsx.ts';
import { Client, deleteTestProjects, openDb, places, projectBody, signedIn } from './accounts.ts';

// The public portal's pages and open data: every county, province and project page has its own title
// and description in the HTML (link previews), and the downloads page's files.
const sql = openDb();
afterAll(async () => {
  await deleteTestProjects(sql);
  await sql.end({ timeout: 5 });
});
const visitor = new Client();

async function html(path: string) {
  const res = await fetch(new URL(path, inject('baseUrl')), { headers: { 'accept-encoding': 'gzip' } });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}
const titleOf = (page: string) => /<title>([^<]*)<\/title>/.exec(page)?.[1];
const metaOf = (page: string, key: string) =>
  new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(page)?.[1];

describe('page titles and descriptions for link previews', () => {
  it('names a county, with its province, in the title, description and Open Graph tags', async () => {
    const page = await html('/county/current/osm-6555167');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(titleOf(page.text)).toBe('شهرستان کرمان · توازن');
    expect(metaOf(page.text, 'og:title')).toBe('شهرستان کرمان · توازن');
    expect(metaOf(page.text, 'description')).toContain('استان کرمان');
    expect(metaOf(page.text, 'og:description')).toBe(metaOf(page.text, 'description'));
    expect(metaOf(page.text, 'og:url')).toBe(`${inject('baseUrl')}/county/current/osm-6555167`);
    // Still the app: its script is there.
    expect(page.text).toMatch(/<script[^>]+src="\/assets\//);
  });

  it('names a province and a census county', async () => {
    expect(titleOf((await html('/province/IR-08')).text)).toBe('استان کرمان · توازن');
    const [census] = await sql<{ code: string; name_fa: string }[]>`
      SELECT code, name_fa FROM admin_unit WHERE boundary_set = 'census-1395' AND level = 'county' ORDER BY code LIMIT 1`;
    expect(titleOf((await html(`/county/census-1395/${census!.code}`)).text)).toBe(
      `شهرستان ${census!.name_fa} · توازن`,
    );
  });

  it('escapes a project title, and never shows an unpublished one', async () => {
    const admin = await signedIn(sql, 'admin');
    const title = `<b>"طرح" & 'آزمون' $& </b>`;
    const created = await admin.post('/api/projects', projectBody(places.tehran, { title_fa: title }));
    const id = created.body.id as number;
    const hidden = await html(`/project/${id}`);
    expect(hidden.status).toBe(200);
    expect(hidden.text).not.toContain('طرح');
    expect(titleOf(hidden.text)).toBe('توازن · Tavazon');

    const [row] = await sql<{ version: number }[]>`SELECT version FROM project WHERE id = ${id}`;
    await admin.patch(`/api/projects/${id}`, { version: row!.version, published: true, progress: 40 });
    const shown = await html(`/project/${id}`);
    expect(titleOf(shown.text)).toBe(
      '&lt;b&gt;&quot;طرح&quot; &amp; &#39;آزمون&#39; $&amp; &lt;/b&gt; · توازن',
    );
    expect(shown.text).not.toContain('<b>');
    expect(metaOf(shown.text, 'description')).toContain('پیشرفت ۴۰٪');
  });

  it('gives the plain shell to what does not exist', async () => {
    for (const path of ['/county/current/osm-1', '/province/IR-99', '/project/999999999', '/county/x/y/z']) {
      const page = await html(path);
      expect(page.status, path).toBe(200);
      expect(titleOf(page.text), path).toBe('توازن · Tavazon');
    }
  });
});

describe('GET /api/provinces/:code', () => {
  it('answers a province with its counties, projects and suggestions', async () => {
    const res = await visitor.get('/api/provinces/IR-19');
    expect(res.status).toBe(200);
    expect(provinceDetail.safeParse(res.body).success).toBe(true);
    expect(res.body.counties.some((c: { code: string }) => c.code === 'osm-6554899')).toBe(true);
  });

  it.each([
    ['/api/provinces/IR-99', 404],
    ['/api/provinces/19', 400],
    ['/api/provinces/IR-19?set=nowhere', 404],
  ])('%s → %i', async (path, status) => {
    expect((await visitor.get(path)).status).toBe(status);
  });
});

describe('open data', () => {
  it('lists counties with every indicator per set and period, projects and suggestions, each with licence and date', async () => {
    const res = await visitor.get('/api/downloads');
    expect(res.status).toBe(200);
    expect(downloadCatalogue.safeParse(res.body).success).toBe(true);
    const { downloads } = res.body as {
      downloads: {
        kind: string;
        set: string | null;
        period: string | null;
        sources: { licence_en: string; attribution_en: string; licence_fa: string }[];
        files: { format: string; url: string }[];
        date: string | null;
        rows: number;
      }[];
    };
    const current = downloads.find(
      (d) => d.kind === 'counties' && d.set === 'current' && d.period === '1395',
    );
    expect(current?.rows).toBe(478);
    expect(current?.sources.map((s) => s.licence_en)).toContain('Open Database License (ODbL 1.0)');
    expect(current?.sources.some((s) => /Statistical Centre of Iran/.test(s.attribution_en))).toBe(true);
    expect(
      downloads.some((d) => d.kind === 'counties' && d.set === 'census-1395' && d.period === '1390'),
    ).toBe(true);
    for (const kind of ['projects', 'suggestions']) expect(downloads.some((d) => d.kind === kind)).toBe(true);
    for (const d of downloads) {
      // The projects' export also writes the GIS formats; the tables are CSV, GeoJSON and XLSX.
      const formats =
        d.kind === 'projects' ? ['csv', 'fgb', 'geojson', 'shp', 'xlsx'] : ['csv', 'geojson', 'xlsx'];
      expect(d.files.map((f) => f.format).sort()).toEqual(formats);
      expect(d.sources.length).toBeGreaterThan(0);
      if (d.kind !== 'suggestions') expect(Date.parse(d.date ?? '')).not.toBeNaN();
    }
  });

  it('writes the county table as CSV, GeoJSON and XLSX', async () => {
    const csv = await visitor.get('/api/downloads/counties?set=current&period=1395&format=csv');
    expect(csv.status).toBe(200);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(479);
    const header = lines[0]!.split(',');
    expect(header.slice(0, 6)).toEqual([
      'code',
      'name_fa',
      'name_en',
      'province',
      'province_name_fa',
      'period',
    ]);
    expect(header).toContain('population');
    expect(header).toContain('unemployment_rate_estimated');
    const geojson = await visitor.get('/api/downloads/counties?set=census-1395&period=1395&format=geojson');
    expect(geojson.body.features).toHaveLength(429);
    expect(geojson.body.features[0].geometry.type).toMatch(/Polygon/);
    expect(typeof geojson.body.features[0].properties.population).toBe('number');
    const xlsx = await fetch(
      new URL('/api/downloads/counties?set=current&period=1390&format=xlsx', inject('baseUrl')),
    );
    expect(xlsx.headers.get('content-disposition')).toContain('tavazon-counties-current-1390.xlsx');
    const sheet = await readXlsx(Buffer.from(await xlsx.arrayBuffer()));
    expect(sheet).toHaveLength(479);
  });

  it.each([
    ['?set=current&period=1380&format=csv', 404, 'period'],
    ['?set=current&period=1395&format=pdf', 400, 'format'],
    ['?set=nowhere&period=1395&format=csv', 404, 'set'],
    ['?set=current&format=csv', 400, 'period'],
  ])('refuses %s', async (query, status, field) => {
    const res = await visitor.get(`/api/downloads/counties${query}`);
    expect(res.status).toBe(status);
    expect(res.body.error.field).toBe(field);
  });
});
