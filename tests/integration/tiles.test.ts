import { projectStatuses } from '@tavazon/contract';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resolveIndicator } from '../../server/src/lookups.ts';
import { countyTile } from '../../server/src/tiles/countyTiles.ts';
import { clusterBelowZoom, projectTile } from '../../server/src/tiles/projectTiles.ts';
import { tileEncoder } from '../../server/src/tiles/tileEncoder.ts';
import { type Client, deleteTestProjects, openDb, places, projectBody, signedIn } from './accounts.ts';
import { type DecodedFeature, decodeLayer, fetchTile, layerNames, tileOf } from './mvt.ts';

// The vector tiles on this run's engine: what they hold, for whom, and that PostGIS' ST_AsMVT and the
// server's geojson-vt + vt-pbf make the same tiles from the same rows.

const sql = openDb();
const base = inject('baseUrl');
const mvt = 'application/vnd.mapbox-vector-tile';
const publicView = { internal: false };
let admin: Client;
let hidden: number;
let shown: number;

beforeAll(async () => {
  admin = await signedIn(sql, 'admin');
  // Two projects a few metres apart in Tehran: one unpublished (visitors must not see it), one published.
  hidden = (await admin.post('/api/projects', projectBody(places.tehran))).body.id;
  shown = (
    await admin.post(
      '/api/projects',
      projectBody({ lng: places.tehran.lng + 0.0003, lat: places.tehran.lat }, { published: true }),
    )
  ).body.id;
  expect(hidden && shown).toBeTruthy();
});
afterAll(async () => {
  await deleteTestProjects(sql);
  await sql.end({ timeout: 5 });
});

const projectsUrl = (t: { z: number; x: number; y: number }, q = '') =>
  `${base}/tiles/projects/${t.z}/${t.x}/${t.y}.mvt${q}`;

/** Published, current projects whose point lies in the tile, straight from the table. */
async function visibleIn(t: { z: number; x: number; y: number }) {
  return sql<{ id: number; status: string; sector: string; lng: number; lat: number }[]>`
    SELECT id::int, status, sector, ST_X(location) AS lng, ST_Y(location) AS lat FROM project
    WHERE published AND NOT archived
      AND location && ST_Transform(ST_TileEnvelope(${t.z}, ${t.x}, ${t.y}), 4326)
    ORDER BY id`;
}

const clusterTotal = (features: DecodedFeature[]) =>
  features.reduce((n, f) => n + (typeof f.properties.count === 'number' ? f.properties.count : 1), 0);

describe('project tiles', () => {
  it('cluster every visible project of a low-zoom tile, with counts by status that add up', async () => {
    const t = tileOf(places.tehran.lng, places.tehran.lat, 5);
    const res = await fetchTile(projectsUrl(t));
    expect(res.status).toBe(200);
    expect(res.type).toBe(mvt);
    expect(layerNames(res.bytes)).toEqual(['projects']);
    const features = decodeLayer(res.bytes, 'projects');
    const expected = await visibleIn(t);
    expect(expected.length).toBeGreaterThan(1);
    expect(clusterTotal(features)).toBe(expected.length);
    const clusters = features.filter((f) => f.properties.count !== undefined);
    expect(clusters.length).toBeGreaterThan(0);
    for (const c of clusters) {
      const byStatus = projectStatuses.reduce((n, s) => n + Number(c.properties[s] ?? 0), 0);
      expect(byStatus).toBe(c.properties.count);
      expect(c.id).toBeUndefined();
    }
    // A cluster's counts by status add up to the tile's, status by status.
    for (const s of projectStatuses) {
      const inTile = expected.filter((p) => p.status === s).length;
      const drawn = features.reduce(
        (n, f) =>
          n +
          (f.properties.count !== undefined
            ? Number(f.properties[s] ?? 0)
            : f.properties.status === s
              ? 1
              : 0),
        0,
      );
      expect(drawn, s).toBe(inTile);
    }
  });

  it('carry each project on its own at close zooms, at its point, with id, status and sector only', async () => {
    const t = tileOf(places.tehran.lng, places.tehran.lat, clusterBelowZoom);
    const features = decodeLayer((await fetchTile(projectsUrl(t))).bytes, 'projects');
    const expected = await visibleIn(t);
    expect(features.map((f) => f.id).sort((a, b) => a! - b!)).toEqual(expected.map((p) => p.id));
    const mine = features.find((f) => f.id === shown)!;
    expect(mine.properties).toEqual({ id: shown, status: 'idea', sector: 'energy', precision: 'exact' });
    const at = tileOf(places.tehran.lng + 0.0003, places.tehran.lat, clusterBelowZoom);
    expect(Math.abs(mine.geometry[0]![0]!.x - at.px)).toBeLessThanOrEqual(1);
    expect(Math.abs(mine.geometry[0]![0]!.y - at.py)).toBeLessThanOrEqual(1);
  });

  it('show signed-in users the unpublished projects too, marked, and visitors never', async () => {
    const t = tileOf(places.tehran.lng, places.tehran.lat, 16);
    const anonymous = decodeLayer((await fetchTile(projectsUrl(t))).bytes, 'projects');
    expect(anonymous.map((f) => f.id)).toContain(shown);
    expect(anonymous.map((f) => f.id)).not.toContain(hidden);
    const res = await fetchTile(projectsUrl(t), { cookie: admin.cookie! });
    expect(res.res.headers.get('cache-control')).toBe('private, no-store');
    const internal = decodeLayer(res.bytes, 'projects');
    expect(internal.find((f) => f.id === hidden)?.properties.published).toBe(false);
    expect(internal.find((f) => f.id === shown)?.properties.published).toBe(true);
    expect((await fetchTile(projectsUrl(t, '?published=false'))).status).toBe(401);
  });

  it('take the registry filters', async () => {
    const t = tileOf(places.tehran.lng, places.tehran.lat, 16);
    const other = decodeLayer((await fetchTile(projectsUrl(t, '?status=execution'))).bytes, 'projects');
    expect(other.map((f) => f.id)).not.toContain(shown);
    const same = decodeLayer(
      (await fetchTile(projectsUrl(t, `?status=idea&sector=energy&province=${places.tehran.province}`)))
        .bytes,
      'projects',
    );
    expect(same.map((f) => f.id)).toContain(shown);
    expect((await fetchTile(projectsUrl(t, '?sector=space'))).status).toBe(400);
  });

  it('are empty where there is nothing', async () => {
    const res = await fetchTile(projectsUrl({ z: 6, x: 0, y: 0 }));
    expect(res.status).toBe(200);
    expect(decodeLayer(res.bytes, 'projects')).toEqual([]);
  });
});

describe('county tiles', () => {
  it('carry code, name and the indicator value of every county the tile touches', async () => {
    const t = tileOf(places.tehran.lng, places.tehran.lat, 6);
    const res = await fetchTile(
      `${base}/tiles/counties/current/${t.z}/${t.x}/${t.y}.mvt?indicator=population&period=1395`,
    );
    expect(res.status).toBe(200);
    expect(res.type).toBe(mvt);
    const features = decodeLayer(res.bytes, 'counties');
    const api = await (
      await fetch(`${base}/api/counties?set=current&indicator=population&period=1395`)
    ).json();
    const byCode = new Map<string, any>(api.features.map((f: any) => [f.properties.code, f.properties]));
    expect(features.map((f) => f.properties.code)).toContain(places.tehran.county);
    for (const f of features) {
      const p = byCode.get(String(f.properties.code));
      expect(p, String(f.properties.code)).toBeDefined();
      expect(f.properties.name_fa).toBe(p.name_fa);
      if (p.value === null) expect(f.properties.value).toBeUndefined();
      else expect(f.properties.value).toBeCloseTo(p.value, 6);
      expect(f.type).toBe(3);
    }
  });

  it('serve any boundary set, without an indicator', async () => {
    const t = tileOf(places.tabriz.lng, places.tabriz.lat, 7);
    const features = decodeLayer(
      (await fetchTile(`${base}/tiles/counties/census-1395/${t.z}/${t.x}/${t.y}.mvt`)).bytes,
      'counties',
    );
    expect(features.length).toBeGreaterThan(0);
    for (const f of features) expect(Object.keys(f.properties).sort()).toEqual(['code', 'name_fa']);
  });
});

describe('refusals', () => {
  const cases: [string, number, string][] = [
    ['/tiles/projects/23/0/0.mvt', 400, 'z'],
    ['/tiles/projects/-1/0/0.mvt', 400, 'z'],
    ['/tiles/projects/0x2/0/0.mvt', 400, 'z'],
    ['/tiles/projects/1.5/0/0.mvt', 400, 'z'],
    ['/tiles/projects/3/8/0.mvt', 400, 'x'],
    ['/tiles/projects/3/1e1/0.mvt', 400, 'x'],
    ['/tiles/projects/3/0/8.mvt', 400, 'y'],
    ['/tiles/projects/3/0/7', 400, 'y'],
    ['/tiles/projects/3/0/7.png', 400, 'y'],
    ['/tiles/projects/3/0/%207.mvt', 400, 'y'],
    ['/tiles/projects/3/0/7.mvt?bbox=1,2,3,4', 400, 'bbox'],
    ['/tiles/projects/3/0/7.mvt?archived=true', 401, 'archived'],
    ['/tiles/counties/CURRENT/3/0/7.mvt', 400, 'set'],
    ['/tiles/counties/no-such-set/3/0/7.mvt', 404, 'set'],
    ['/tiles/counties/current/3/0/7.mvt?indicator=nope', 404, 'indicator'],
    ['/tiles/counties/current/3/0/7.mvt?period=1395', 400, 'period'],
    ['/tiles/counties/current/3/0/7.mvt?indicator=population&period=1300', 404, 'period'],
    ['/tiles/counties/current/3/9/7.mvt', 400, 'x'],
  ];
  for (const [path, status, field] of cases) {
    it(`${path}: ${status} naming ${field}`, async () => {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(status);
      const body = (await res.json()) as any;
      expect(body.error.field).toBe(field);
      expect(body.error.message.length).toBeGreaterThan(5);
    });
  }
});

// Tiles of the same rows by both encoders compared feature by feature: same ids, counts and properties,
// each point within a tile pixel (4096 / 512 = 8 units) and each county's outline box within two.
describe('the two encoders', () => {
  const pixel = 4096 / 512;
  const key = (f: DecodedFeature) =>
    f.id !== undefined ? `id ${f.id}` : `cluster ${JSON.stringify(Object.entries(f.properties).sort())}`;
  // How far the vertices of `f` inside the tile proper are from the outline (or points) of `g`: both ways
  // this bounds how far apart the two drawings are. In the margin the clippers cut differently (slivers along
  // its edge, never drawn), and a simplifier may drop a vertex that lies on a straight run.
  type Pt = { x: number; y: number };
  const inside = (p: Pt) => p.x >= 0 && p.x <= 4096 && p.y >= 0 && p.y <= 4096;
  const toSegment = (p: Pt, a: Pt, b: Pt) => {
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = dx * dx + dy * dy;
    const k = len === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len));
    return Math.hypot(p.x - (a.x + k * dx), p.y - (a.y + k * dy));
  };
  // Rings under a pixel in area (spikes and slivers a simplifier leaves, or removes) are never seen: their
  // vertices are not held against the other drawing.
  const area = (ring: Pt[]) =>
    Math.abs(
      ring.reduce((sum, p, i) => {
        const q = ring[(i + 1) % ring.length]!;
        return sum + p.x * q.y - q.x * p.y;
      }, 0),
    ) / 2;
  const seen = (f: DecodedFeature) =>
    f.type === 3 ? f.geometry.filter((ring) => area(ring) >= pixel * pixel) : f.geometry;
  const distance = (f: DecodedFeature, g: DecodedFeature) => {
    let worst = 0;
    for (const p of seen(f).flat().filter(inside)) {
      let best = Number.POSITIVE_INFINITY;
      for (const ring of g.geometry) {
        if (ring.length === 1) best = Math.min(best, Math.hypot(p.x - ring[0]!.x, p.y - ring[0]!.y));
        for (let i = 1; i < ring.length; i++) best = Math.min(best, toSegment(p, ring[i - 1]!, ring[i]!));
      }
      worst = Math.max(worst, best);
    }
    return worst;
  };
  // The same features on both sides, except polygons of a few pixels at most, which one encoder may drop
  // (PostGIS what collapses on its grid, geojson-vt what its simplifier deems too small).
  const total = (f: DecodedFeature) => f.geometry.reduce((n, ring) => n + area(ring), 0);
  function expectSame(a: DecodedFeature[], b: DecodedFeature[], tolerance: number) {
    const inA = new Map(a.map((f) => [key(f), f]));
    const inB = new Map(b.map((f) => [key(f), f]));
    const oneSided = [...a.filter((f) => !inB.has(key(f))), ...b.filter((f) => !inA.has(key(f)))];
    for (const f of oneSided) {
      expect(f.type, key(f)).toBe(3);
      expect(total(f), key(f)).toBeLessThan(4 * pixel * pixel);
    }
    expect(oneSided.length).toBeLessThanOrEqual(a.length * 0.02);
    for (const f of a) {
      const g = inB.get(key(f));
      if (!g) continue;
      expect(g.properties).toEqual(f.properties);
      expect(g.type).toBe(f.type);
      expect(distance(f, g), key(f)).toBeLessThanOrEqual(tolerance);
      expect(distance(g, f), key(f)).toBeLessThanOrEqual(tolerance);
    }
  }

  it('this engine uses ST_AsMVT where PostGIS has protobuf, the server otherwise', async () => {
    let postgisCan = true;
    try {
      await sql`SELECT ST_AsMVT(t) FROM (SELECT ST_AsMVTGeom(ST_SetSRID(ST_MakePoint(0, 0), 3857), ST_TileEnvelope(0, 0, 0)) AS geom) t`;
    } catch {
      postgisCan = false;
    }
    expect(await tileEncoder(sql)).toBe(postgisCan ? 'postgis' : 'server');
    expect(postgisCan).toBe(inject('engine') !== 'pglite');
  });

  const tiles = [
    tileOf(places.tehran.lng, places.tehran.lat, 4),
    tileOf(places.tehran.lng, places.tehran.lat, 7),
    tileOf(places.tehran.lng, places.tehran.lat, 16),
    tileOf(places.mashhad.lng, places.mashhad.lat, 9),
    { z: 0, x: 0, y: 0 },
  ];
  it('make the same project tiles', async () => {
    // ST_AsMVT exists on PostgreSQL only: on PGlite the server's tiles are checked against the table instead.
    if ((await tileEncoder(sql)) === 'server') {
      for (const t of tiles) {
        const features = decodeLayer(await projectTile(sql, t, { archived: false }, publicView), 'projects');
        expect(clusterTotal(features)).toBe((await visibleIn(t)).length);
      }
      return;
    }
    for (const t of tiles) {
      const [a, b] = await Promise.all([
        projectTile(sql, t, { archived: false }, publicView, 'postgis'),
        projectTile(sql, t, { archived: false }, publicView, 'server'),
      ]);
      expectSame(decodeLayer(a, 'projects'), decodeLayer(b, 'projects'), pixel);
    }
  });

  it('make the same county tiles', async () => {
    const indicator = await resolveIndicator(sql, 'current', 'population', '1395');
    if ((await tileEncoder(sql)) === 'server') {
      const t = tileOf(places.tehran.lng, places.tehran.lat, 6);
      const features = decodeLayer(await countyTile(sql, t, 'current', indicator), 'counties');
      expect(features.length).toBeGreaterThan(3);
      return;
    }
    for (const t of tiles) {
      const [a, b] = await Promise.all([
        countyTile(sql, t, 'current', indicator, 'postgis'),
        countyTile(sql, t, 'current', indicator, 'server'),
      ]);
      expectSame(decodeLayer(a, 'counties'), decodeLayer(b, 'counties'), 2 * pixel);
    }
  });
});
