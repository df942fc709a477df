import { generalisationLevels } from './generalisation.ts';
import { generaliseCoverage } from './generalise-coverage.ts';
import type { Polygonal } from './polygonal-geometry.ts';
import type { DatasetReport } from './summary.ts';
import type { Tx } from './tx.ts';
import { polygonalToWkbHex } from './wkb-hex.ts';

/**
 * Fills `admin_unit_generalised` for every unit (provinces and counties together, one coverage) of a
 * boundary set at every detail level. Skipped when the set's geometry did not change and every level is
 * already complete, because the same input always gives the same generalisation.
 */
export async function generaliseSet(
  tx: Tx,
  set: string,
  geometryChanged: boolean,
  report: DatasetReport,
  force = false,
): Promise<void> {
  const [state] = await tx<{ units: number; complete: boolean; rows: number }[]>`
    SELECT
      (SELECT count(*)::int FROM admin_unit WHERE boundary_set = ${set}) AS units,
      (SELECT count(*)::int FROM admin_unit_generalised g JOIN admin_unit u ON u.id = g.admin_unit_id
       WHERE u.boundary_set = ${set}) AS rows,
      NOT EXISTS (
        SELECT 1 FROM admin_unit u CROSS JOIN unnest(${generalisationLevels.map((l) => l.detail)}::int[]) AS d(detail)
        WHERE u.boundary_set = ${set}
          AND NOT EXISTS (SELECT 1 FROM admin_unit_generalised g WHERE g.admin_unit_id = u.id AND g.detail = d.detail)
      ) AS complete`;
  const expectedRows = (state?.units ?? 0) * generalisationLevels.length;
  if (!force && !geometryChanged && state?.complete && state.rows === expectedRows) {
    report.count('admin_unit_generalised', { unchanged: state.rows });
    return;
  }

  const units = await tx<{ id: string; code: string; geojson: string }[]>`
    SELECT id, code, ST_AsGeoJSON(geom) AS geojson FROM admin_unit WHERE boundary_set = ${set} ORDER BY id`;
  const coverage = generaliseCoverage(
    units.map((u) => ({ id: Number(u.id), geometry: JSON.parse(u.geojson) as Polygonal })),
    [...generalisationLevels],
  );
  const rows: { id: number; detail: number; geometry: string }[] = [];
  for (const [detail, geometries] of coverage.levels) {
    for (const [id, geometry] of geometries) rows.push({ id, detail, geometry: polygonalToWkbHex(geometry) });
  }

  const deleted = await tx`
    DELETE FROM admin_unit_generalised g USING admin_unit u
    WHERE u.id = g.admin_unit_id AND u.boundary_set = ${set}
    RETURNING g.admin_unit_id`;
  // Simplifying arcs can make a ring touch itself; the repair keeps shared borders where they are.
  // A unit whose generalised shape has no area left keeps its own geometry rather than vanish.
  const [counts] = await tx<{ inserted: number; emptied: number[] }[]>`
    WITH prepared AS (
      SELECT r.id, r.detail, ST_Multi(ST_CollectionExtract(
        CASE WHEN ST_IsValid(g.raw) THEN g.raw ELSE ST_MakeValid(g.raw, 'method=structure') END, 3)) AS geom
      FROM json_to_recordset(${JSON.stringify(rows)}::text::json) AS r(id bigint, detail smallint, geometry text)
      CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_GeomFromWKB(decode(r.geometry, 'hex')), 4326) AS raw) g
    ), inserted AS (
      INSERT INTO admin_unit_generalised (admin_unit_id, detail, geom)
      SELECT p.id, p.detail, CASE WHEN ST_IsEmpty(p.geom) THEN u.geom ELSE p.geom END
      FROM prepared p JOIN admin_unit u ON u.id = p.id
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM inserted) AS inserted,
           ARRAY(SELECT id::int FROM prepared WHERE ST_IsEmpty(geom)) AS emptied`;
  report.count('admin_unit_generalised', { inserted: counts?.inserted ?? 0, deleted: deleted.length });
  const codes = new Map(units.map((u) => [Number(u.id), u.code]));
  const collapsed = [
    ...coverage.fallbacks.map((f) => `${codes.get(f.id)} at detail ${f.detail} (took the finer shape)`),
    ...(counts?.emptied ?? []).map((id) => `${codes.get(id)} (repair left no area: took its own geometry)`),
  ];
  if (collapsed.length > 0) report.notes.push(`generalised shapes that collapsed: ${collapsed.join('; ')}`);
}
