import type { Sql } from '@tavazon/data';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';

const sql = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} }) as unknown as Sql;
afterAll(() => sql.end({ timeout: 5 }));

// Provinces of very different shapes: small and inland, large with many counties, and one on the coast.
const provinces = ['IR-19', 'IR-10', 'IR-08', 'IR-22'];

describe('stored geometry', () => {
  it('is valid MultiPolygon in EPSG:4326 for every unit and every generalisation', async () => {
    const [bad] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (
        SELECT geom FROM admin_unit
        UNION ALL SELECT geom FROM admin_unit_generalised
      ) g
      WHERE NOT ST_IsValid(geom) OR ST_SRID(geom) <> 4326 OR GeometryType(geom) <> 'MULTIPOLYGON' OR ST_IsEmpty(geom)`;
    expect(bad!.n).toBe(0);
    const [missing] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n
      FROM admin_unit u CROSS JOIN (SELECT DISTINCT detail FROM admin_unit_generalised) d
      WHERE NOT EXISTS (SELECT 1 FROM admin_unit_generalised g WHERE g.admin_unit_id = u.id AND g.detail = d.detail)`;
    expect(missing!.n).toBe(0);
  });

  it.each(provinces)('%s: generalised neighbours neither overlap nor open gaps', async (province) => {
    const rows = await sql<
      { detail: number; overlap: number; area: number; gen_holes: number; full_holes: number }[]
    >`
      WITH gen AS (
        SELECT g.detail, g.geom
        FROM admin_unit u JOIN admin_unit_generalised g ON g.admin_unit_id = u.id
        WHERE u.boundary_set = 'current' AND u.level = 'county' AND u.province_code = ${province}
      ), per_detail AS (
        SELECT detail, sum(ST_Area(geom)) AS summed, ST_Union(geom) AS merged FROM gen GROUP BY detail
      ), full_union AS (
        SELECT ST_Union(geom) AS merged FROM admin_unit
        WHERE boundary_set = 'current' AND level = 'county' AND province_code = ${province}
      )
      SELECT p.detail,
             (p.summed - ST_Area(p.merged)) AS overlap,
             ST_Area(p.merged) AS area,
             (SELECT coalesce(sum(ST_NumInteriorRings(d.geom)), 0)::int FROM ST_Dump(p.merged) d) AS gen_holes,
             (SELECT coalesce(sum(ST_NumInteriorRings(d.geom)), 0)::int FROM ST_Dump(f.merged) d) AS full_holes
      FROM per_detail p, full_union f
      ORDER BY p.detail`;
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const r of rows) {
      // Overlaps would be area counted twice; shared arcs simplified once leave none.
      expect(r.overlap / r.area, `detail ${r.detail} overlap`).toBeLessThan(1e-6);
      // A gap between neighbours shows up as a hole in the union that the full geometry does not have.
      expect(r.gen_holes, `detail ${r.detail} holes`).toBeLessThanOrEqual(r.full_holes);
    }
  });
});
