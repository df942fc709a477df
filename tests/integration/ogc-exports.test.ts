import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
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
import { gdalRows } from './gdal.ts';

// The GIS file exports (FlatGeobuf, zipped Shapefile) as GDAL reads them, and a Shapefile imported back.

const sql = openDb();
const dir = mkdtempSync(join(tmpdir(), 'tavazon-exports-'));
let admin: Client;

beforeAll(async () => {
  admin = await signedIn(sql, 'admin');
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await deleteTestProjects(sql);
  await sql.end({ timeout: 5 });
});

async function download(path: string, name: string) {
  const res = await fetch(`${inject('baseUrl')}${path}`);
  expect(res.status, path).toBe(200);
  const file = join(dir, name);
  const bytes = new Uint8Array(await res.arrayBuffer());
  writeFileSync(file, bytes);
  return {
    file,
    bytes,
    type: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
  };
}

async function tehranCounty() {
  const [row] = await sql<{ name_fa: string; population: number; unemployment: number }[]>`
    SELECT u.name_fa,
           (SELECT value FROM indicator_value WHERE admin_unit_id = u.id AND indicator = 'population' ORDER BY period DESC LIMIT 1) AS population,
           (SELECT value FROM indicator_value WHERE admin_unit_id = u.id AND indicator = 'unemployment_rate' ORDER BY period DESC LIMIT 1) AS unemployment
    FROM admin_unit u WHERE u.boundary_set = 'current' AND u.level = 'county' AND u.code = ${places.tehran.county}`;
  return row!;
}

describe('county exports', () => {
  it('as FlatGeobuf: all 478 counties with their Persian names and indicators', async () => {
    const fgb = await download('/api/counties/export?set=current&format=fgb', 'counties.fgb');
    expect(fgb.type).toBe('application/flatgeobuf');
    expect(fgb.disposition).toContain('tavazon-counties-current.fgb');
    const [count] = await gdalRows(fgb.file, 'SELECT count(*) AS n FROM L1');
    expect(count!.n).toBe(478);
    const want = await tehranCounty();
    const [row] = await gdalRows(
      fgb.file,
      `SELECT name_fa, population, unemployment_rate FROM L1 WHERE code = '${places.tehran.county}'`,
    );
    expect(row).toEqual({
      name_fa: want.name_fa,
      population: want.population,
      unemployment_rate: want.unemployment,
    });
  });

  it('as a zipped Shapefile: UTF-8 .cpg, short field names with their mapping', async () => {
    const shp = await download('/api/counties/export?set=current&format=shp', 'counties.shp.zip');
    expect(shp.type).toBe('application/zip');
    const files = unzipSync(shp.bytes);
    const layer = 'counties-current';
    expect(Object.keys(files).sort()).toEqual(
      ['cpg', 'dbf', 'prj', 'shp', 'shx']
        .map((e) => `${layer}.${e}`)
        .concat(`${layer}_fields.csv`)
        .sort(),
    );
    expect(new TextDecoder().decode(files[`${layer}.cpg`])).toBe('UTF-8');
    expect(new TextDecoder().decode(files[`${layer}_fields.csv`])).toContain('unemp_rate,unemployment_rate');
    const dataset = `/vsizip/${shp.file}`;
    const [count] = await gdalRows(dataset, `SELECT count(*) AS n FROM "${layer}"`);
    expect(count!.n).toBe(478);
    const want = await tehranCounty();
    const [row] = await gdalRows(
      dataset,
      `SELECT name_fa, population, unemp_rate FROM "${layer}" WHERE code = '${places.tehran.county}'`,
    );
    expect(row!.name_fa).toBe(want.name_fa);
    expect(row!.population).toBe(want.population);
    expect(row!.unemp_rate as number).toBeCloseTo(want.unemployment, 3);
  });

  it('refuses an unknown format or set', async () => {
    const format = await admin.get('/api/counties/export?format=kml');
    expect(format.status).toBe(400);
    expect(format.body.error.field).toBe('format');
    const set = await admin.get('/api/counties/export?format=fgb&set=nowhere');
    expect(set.status).toBe(404);
  });
});

describe('project exports', () => {
  it('as FlatGeobuf and Shapefile hold the published projects; a Shapefile imports back', async () => {
    const title = uniqueName('رفت‌وبرگشت شیپ‌فایل');
    // Supporting agencies are organisations (picked by id); the Shapefile carries their names.
    const agencies = [uniqueName('سازمان برنامه و بودجه'), uniqueName('استانداری')];
    const orgIds: number[] = [];
    for (const name_fa of agencies) {
      const org = await admin.post('/api/organisations', {
        name_fa,
        kind: 'government_agency',
        province: null,
      });
      expect(org.status, org.text.slice(0, 300)).toBe(201);
      orgIds.push(org.body.id);
    }
    const made = await admin.post(
      '/api/projects',
      projectBody(places.mashhad, {
        title_fa: title,
        title_en: 'Shapefile round trip',
        published: true,
        supporting_org_ids: orgIds,
        progress: 40,
        status: 'execution',
        start_date: '2022-04-01',
      }),
    );
    expect(made.status).toBe(201);
    const [published] = await sql<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM project WHERE published AND NOT archived`;

    const fgb = await download('/api/projects/export?format=fgb', 'projects.fgb');
    const [fgbCount] = await gdalRows(fgb.file, 'SELECT count(*) AS n FROM L1');
    expect(fgbCount!.n).toBe(published!.n);
    const [fgbRow] = await gdalRows(
      fgb.file,
      `SELECT title_fa, progress, county FROM L1 WHERE title_fa = '${title}'`,
    );
    expect(fgbRow).toEqual({ title_fa: title, progress: 40, county: places.mashhad.county });

    const box = [
      places.mashhad.lng - 0.01,
      places.mashhad.lat - 0.01,
      places.mashhad.lng + 0.01,
      places.mashhad.lat + 0.01,
    ];
    const shp = await download(`/api/projects/export?format=shp&bbox=${box.join(',')}`, 'projects.shp.zip');
    const dataset = `/vsizip/${shp.file}`;
    const [row] = await gdalRows(
      dataset,
      `SELECT title_fa, supp_agncy, status, cnty_fa FROM projects WHERE title_fa = '${title}'`,
    );
    expect(row).toMatchObject({
      title_fa: title,
      supp_agncy: agencies.join('; '),
      status: 'execution',
    });

    // Gone from the registry, the exported Shapefile brings it back as it was.
    await sql`DELETE FROM project WHERE id = ${made.body.id}`;
    const upload = (mode: string) =>
      admin.request('POST', `/api/projects/import?mode=${mode}`, {
        body: shp.bytes,
        headers: { 'content-type': 'application/zip' },
      });
    const preview = await upload('preview');
    expect(preview.status, preview.text.slice(0, 500)).toBe(200);
    expect(preview.body, JSON.stringify(preview.body.problems)).toMatchObject({
      format: 'shp',
      problemCount: 0,
    });
    const commit = await upload('commit');
    expect(commit.status, commit.text.slice(0, 500)).toBe(201);
    const [back] = await sql<
      {
        title_en: string;
        progress: number;
        status: string;
        agencies: string[];
        lng: number;
        lat: number;
        start: string;
      }[]
    >`
      SELECT title_en, progress, status, supporting_agencies AS agencies, ST_X(location) AS lng, ST_Y(location) AS lat,
             to_char(start_date, 'YYYY-MM-DD') AS start
      FROM project WHERE title_fa = ${title}`;
    expect(back).toMatchObject({
      title_en: 'Shapefile round trip',
      progress: 40,
      status: 'execution',
      agencies,
      start: '2022-04-01',
    });
    expect(back!.lng).toBeCloseTo(places.mashhad.lng, 5);
    expect(back!.lat).toBeCloseTo(places.mashhad.lat, 5);
  });

  it('refuses a zip that is not a Shapefile', async () => {
    const res = await admin.request('POST', '/api/projects/import?mode=preview', {
      body: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      headers: { 'content-type': 'application/zip' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'import.not_shapefile', field: 'file' });
  });
});
