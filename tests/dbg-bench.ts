import postgres from 'postgres';
import { countyFeatures } from '../server/src/queries/countyFeatures.ts';
const sql = postgres('postgres://postgres:postgres@127.0.0.1:5432/h_registry', { onnotice: () => {} }) as any;
const n = Number(process.argv[2] ?? 200000);
const t0 = performance.now();
await sql.begin(async (tx: any) => {
  await tx`SET LOCAL session_replication_role = replica`;
  await tx`INSERT INTO project (title_fa, sector, status, location, location_precision, county_id, province_code, published, source_key)
    SELECT 'synthetic bench ' || i, 'energy', (ARRAY['idea','study','execution','operational'])[1 + i % 4], ST_PointOnSurface(u.geom), 'exact', u.id, u.province_code, true, 'synthetic-bench-' || i
    FROM generate_series(1, ${n}) i JOIN LATERAL (SELECT id, geom, province_code FROM admin_unit WHERE boundary_set = 'current' AND level = 'county' ORDER BY id OFFSET (i % 478) LIMIT 1) u ON true`;
});
const t1 = performance.now();
await sql`SELECT project_counts_rebuild()`;
await sql`ANALYZE project`;
const t2 = performance.now();
console.log(`inserted ${n} in ${((t1 - t0) / 1000).toFixed(1)} s, counts rebuilt in ${((t2 - t1) / 1000).toFixed(1)} s`);
const params = { set: 'current', detail: 0, digits: 3, indicator: null };
const withCounts = () => countyFeatures(sql, params);
// The same query without the counts: the layer's geometry and names alone.
const without = () => sql`
  SELECT json_build_object('type', 'FeatureCollection', 'features', COALESCE(json_agg(json_build_object(
    'type', 'Feature', 'id', u.code, 'geometry', ST_AsGeoJSON(COALESCE(g.geom, u.geom), 3)::json,
    'properties', json_build_object('code', u.code, 'name_fa', u.name_fa, 'name_en', u.name_en, 'province', u.province_code,
      'label', ST_AsGeoJSON(ST_PointOnSurface(COALESCE(g.geom, u.geom)), 3)::json)) ORDER BY u.code), '[]'::json))::text AS body
  FROM admin_unit u LEFT JOIN admin_unit_generalised g ON g.admin_unit_id = u.id AND g.detail = 0
  WHERE u.boundary_set = 'current' AND u.level = 'county'`;
const old = () => sql`
  SELECT u.id, p.status, count(*)::int FROM admin_unit u JOIN LATERAL (
    SELECT p.status FROM project p WHERE p.published AND NOT p.archived AND ST_Covers(u.geom, p.location)) p ON true
  WHERE u.boundary_set = 'current' AND u.level = 'county' GROUP BY 1, 2`;
async function median(f: () => Promise<unknown>, runs = 15) {
  await f();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) { const s = performance.now(); await f(); ts.push(performance.now() - s); }
  ts.sort((a, b) => a - b);
  return ts[Math.floor(runs / 2)]!;
}
// Interleaved rounds, so that the machine's load falls on both alike.
const a: number[] = [], b: number[] = [];
for (let r = 0; r < 5; r++) { a.push(await median(withCounts, 5)); b.push(await median(without, 5)); }
a.sort((x, y) => x - y); b.sort((x, y) => x - y);
console.log(`counties?set=current body query at ${n} projects: with counts ${a[2]!.toFixed(1)} ms, without ${b[2]!.toFixed(1)} ms, ratio ${(a[2]! / b[2]!).toFixed(2)}`);
const o = await median(old, 3);
console.log(`old per-request recount by ST_Covers (counts alone): ${o.toFixed(0)} ms`);
await sql`DELETE FROM project WHERE source_key LIKE 'synthetic-bench-%'`;
const [left] = await sql`SELECT count(*)::int AS n FROM project WHERE source_key LIKE 'synthetic-bench-%'`;
console.log('left', left.n);
await sql.end();
