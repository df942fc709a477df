import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoadSummary, loadAll, resolveDataDir, type Sql } from '@tavazon/data';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const sql = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} }) as unknown as Sql;
let broken: string;

beforeAll(async () => {
  broken = await mkdtemp(join(tmpdir(), 'tavazon-broken-data-'));
  await cp(resolveDataDir(), broken, { recursive: true });
});
afterAll(async () => {
  await sql.end({ timeout: 5 });
  await rm(broken, { recursive: true, force: true });
});

async function counts() {
  const [row] = await sql<
    { units: number; generalised: number; values: number; projects: number; regions: number }[]
  >`
    SELECT (SELECT count(*)::int FROM admin_unit) AS units,
           (SELECT count(*)::int FROM admin_unit_generalised) AS generalised,
           (SELECT count(*)::int FROM indicator_value) AS values,
           (SELECT count(*)::int FROM project) AS projects,
           (SELECT count(*)::int FROM region_member) AS regions`;
  return row!;
}

describe('the data loader', () => {
  it('loaded everything on the first run, repairing the 35 invalid census polygons', () => {
    const summary = JSON.parse(inject('loadSummary')) as LoadSummary;
    expect(summary.failed).toBe(false);
    const census = summary.datasets.find((d) => d.dataset === 'census')!;
    expect(census.repaired).toHaveLength(35);
    expect(census.repaired.map((r) => r.code)).toContain('1002');
    expect(summary.datasets.flatMap((d) => d.checks).every((c) => c.ok)).toBe(true);
  });

  it('changes nothing on a second run, and says so', async () => {
    const before = await counts();
    const summary = await loadAll(sql, {});
    expect(summary.failed).toBe(false);
    expect(summary.changed).toBe(false);
    expect(summary.datasets.map((d) => d.status)).toEqual(Array(6).fill('unchanged'));
    expect(await counts()).toEqual(before);
  });

  it('rolls a failed dataset back and leaves the previous data intact', async () => {
    const before = await counts();
    const [ijrudBefore] =
      await sql`SELECT name_fa, ST_AsText(geom) AS wkt FROM admin_unit WHERE code = 'osm-6554899'`;
    // A structurally broken counties file: the first features load, then one fails mid-way.
    const file = join(broken, 'counties.geojson');
    const fc = JSON.parse(await readFile(file, 'utf8'));
    fc.features[0].properties.name_fa = 'شهرستان تغییر یافته';
    fc.features[300].geometry = {
      type: 'LineString',
      coordinates: [
        [50, 30],
        [51, 31],
      ],
    };
    fc.features[301].properties.province_iso = 'IR-1';
    await writeFile(file, JSON.stringify(fc));

    const summary = await loadAll(sql, { dataDir: broken, only: ['current'] });
    expect(summary.failed).toBe(true);
    const current = summary.datasets.find((d) => d.dataset === 'current')!;
    expect(current.status).toBe('failed');
    expect(current.error).toBeTruthy();
    expect(await counts()).toEqual(before);
    const [ijrudAfter] =
      await sql`SELECT name_fa, ST_AsText(geom) AS wkt FROM admin_unit WHERE code = 'osm-6554899'`;
    expect(ijrudAfter).toEqual(ijrudBefore);
    const [renamed] = await sql`SELECT count(*)::int AS n FROM admin_unit WHERE name_fa = 'تغییر یافته'`;
    expect(renamed!.n).toBe(0);
  });

  it('names the missing folder and the option to set it', async () => {
    await expect(loadAll(sql, { dataDir: '/nonexistent/iran' })).rejects.toThrow(
      /\/nonexistent\/iran.*(--data|TAVAZON_DATA_DIR)/s,
    );
  });
});
