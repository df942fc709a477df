import type { Polygonal } from './polygonal-geometry.ts';
import type { DatasetReport } from './summary.ts';
import type { Tx } from './tx.ts';
import { polygonalToWkbHex } from './wkb-hex.ts';

export interface BoundarySetMeta {
  code: string;
  name_fa: string;
  name_en: string;
  source: string;
  licence: string;
  attribution: string;
}

export interface StagedUnit {
  level: 'province' | 'county';
  code: string;
  name_fa: string;
  name_en: string | null;
  /** ISO 3166-2 of the province (IR-10); a county's parent is the province unit with this code. */
  province_code: string;
  source_ref: string | null;
  /** `null` for a province to be built as the union of its counties. */
  geometry: Polygonal | null;
}

export interface UpsertResult {
  /** Whether any geometry of the set was inserted, changed or deleted (generalisations are then stale). */
  geometryChanged: boolean;
}

/**
 * Brings one boundary set in the database to exactly `units`, inside the caller's transaction:
 * invalid geometries are repaired (ST_MakeValid, polygonal part, MultiPolygon), provinces without a
 * geometry become the union of their counties, rows are updated only where something differs, and units
 * gone from the input are deleted unless a project refers to them. Ids of kept units never change.
 */
export async function upsertBoundarySet(
  tx: Tx,
  meta: BoundarySetMeta,
  units: StagedUnit[],
  report: DatasetReport,
  file: string,
): Promise<UpsertResult> {
  await upsertSetRow(tx, meta, report);
  await tx`
    CREATE TEMP TABLE staged_unit (
      level text NOT NULL, code text NOT NULL, name_fa text NOT NULL, name_en text,
      province_code text NOT NULL, source_ref text, geom geometry, parent_id bigint,
      existing_id bigint, changed boolean NOT NULL DEFAULT false, geom_changed boolean NOT NULL DEFAULT false,
      PRIMARY KEY (level, code)
    ) ON COMMIT DROP`;
  const rows = units.map((u) => ({ ...u, geometry: u.geometry && polygonalToWkbHex(u.geometry) }));
  await tx`
    INSERT INTO staged_unit (level, code, name_fa, name_en, province_code, source_ref, geom)
    SELECT r.level, r.code, r.name_fa, r.name_en, r.province_code, r.source_ref,
           ST_SetSRID(ST_GeomFromWKB(decode(r.geometry, 'hex')), 4326)
    FROM json_to_recordset(${JSON.stringify(rows)}::text::json)
      AS r(level text, code text, name_fa text, name_en text, province_code text, source_ref text, geometry text)`;

  await repairGeometries(tx, report, file);
  await unionProvinces(tx, report, file);

  const province = await upsertLevel(tx, meta.code, 'province', report);
  await tx`
    UPDATE staged_unit s SET parent_id = p.id
    FROM admin_unit p
    WHERE s.level = 'county' AND p.boundary_set = ${meta.code} AND p.level = 'province' AND p.code = s.province_code`;
  const orphans = await tx<{ code: string; name_fa: string; province_code: string }[]>`
    DELETE FROM staged_unit WHERE level = 'county' AND parent_id IS NULL RETURNING code, name_fa, province_code`;
  for (const o of orphans) {
    report.problem({
      file,
      key: o.code,
      reason: `county «${o.name_fa}» names province ${o.province_code}, which is not in the set`,
      loaded: false,
    });
  }
  // A boundary set is a coverage: with a unit missing it is wrong, and applying it would delete that
  // unit's stored polygon. So a unit that cannot be loaded fails the whole set (the caller rolls back).
  const dropped = report.unmatched.filter((p) => !p.loaded);
  if (dropped.length > 0) {
    const shown = dropped
      .slice(0, 5)
      .map((p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.key}: ${p.reason}`);
    throw new Error(
      `${dropped.length} unit(s) of boundary set ${meta.code} could not be loaded (${shown.join('; ')}` +
        `${dropped.length > 5 ? '; …' : ''}); nothing of the set was changed`,
    );
  }
  const county = await upsertLevel(tx, meta.code, 'county', report);

  const geometryChanged = province || county;
  if (geometryChanged) await tx`UPDATE boundary_set SET loaded_at = now() WHERE code = ${meta.code}`;
  return { geometryChanged };
}

const setFields = ['name_fa', 'name_en', 'source', 'licence', 'attribution'] as const;

async function upsertSetRow(tx: Tx, meta: BoundarySetMeta, report: DatasetReport): Promise<void> {
  const [existing] = await tx<BoundarySetMeta[]>`
    SELECT code, name_fa, name_en, source, licence, attribution FROM boundary_set WHERE code = ${meta.code}`;
  if (!existing) {
    await tx`INSERT INTO boundary_set ${tx(meta, 'code', 'name_fa', 'name_en', 'source', 'licence', 'attribution')}`;
    report.count('boundary_set', { inserted: 1 });
  } else if (setFields.some((f) => existing[f] !== meta[f])) {
    await tx`
      UPDATE boundary_set SET ${tx(meta, ...setFields)}
      WHERE code = ${meta.code}`;
    report.count('boundary_set', { updated: 1 });
  } else report.count('boundary_set', { unchanged: 1 });
}

/**
 * Only the invalid polygons are touched: repairing valid ones could move vertices their neighbours share.
 * The `structure` method unions overlapping parts; the default (`linework`) would turn an overlap into a
 * hole, as it did in the middle of census county 1002 (Isfahan), leaving the city outside every county.
 */
async function repairGeometries(tx: Tx, report: DatasetReport, file: string): Promise<void> {
  const repaired = await tx<{ code: string; name_fa: string; reason: string }[]>`
    WITH invalid AS (
      SELECT level, code, ST_IsValidReason(geom) AS reason FROM staged_unit
      WHERE geom IS NOT NULL AND NOT ST_IsValid(geom)
    )
    UPDATE staged_unit s SET geom = ST_MakeValid(s.geom, 'method=structure')
    FROM invalid i WHERE s.level = i.level AND s.code = i.code
    RETURNING s.code, s.name_fa, i.reason`;
  report.repaired.push(...repaired.sort((a, b) => a.code.localeCompare(b.code)));
  const collapsed = await tx<{ code: string; name_fa: string }[]>`
    WITH polygonal AS (
      UPDATE staged_unit SET geom = ST_Multi(ST_CollectionExtract(geom, 3)) WHERE geom IS NOT NULL
      RETURNING level, code, name_fa, geom
    )
    DELETE FROM staged_unit s USING polygonal p
    WHERE s.level = p.level AND s.code = p.code AND ST_IsEmpty(p.geom)
    RETURNING s.code, s.name_fa`;
  for (const c of collapsed) {
    report.problem({
      file,
      key: c.code,
      reason: `geometry of «${c.name_fa}» has no area left after repair`,
      loaded: false,
    });
  }
}

async function unionProvinces(tx: Tx, report: DatasetReport, file: string): Promise<void> {
  await tx`
    UPDATE staged_unit p SET geom = (
      SELECT ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Union(c.geom ORDER BY c.code)), 3))
      FROM staged_unit c WHERE c.level = 'county' AND c.province_code = p.province_code
    )
    WHERE p.level = 'province' AND p.geom IS NULL`;
  const empty = await tx<{ code: string; name_fa: string }[]>`
    DELETE FROM staged_unit WHERE level = 'province' AND (geom IS NULL OR ST_IsEmpty(geom)) RETURNING code, name_fa`;
  for (const p of empty) {
    report.problem({
      file,
      key: p.code,
      reason: `province «${p.name_fa}» has no counties to build it from`,
      loaded: false,
    });
  }
}

/** Returns whether any geometry of this level was inserted, changed or deleted. */
async function upsertLevel(tx: Tx, set: string, level: 'province' | 'county', report: DatasetReport) {
  // Geometries are compared as bytes: the same input repaired the same way gives the same EWKB.
  await tx`
    UPDATE staged_unit s SET
      existing_id = u.id,
      geom_changed = ST_AsEWKB(u.geom) <> ST_AsEWKB(s.geom),
      changed = ST_AsEWKB(u.geom) <> ST_AsEWKB(s.geom)
        OR (u.name_fa, u.name_en, u.province_code, u.source_ref, u.parent_id)
           IS DISTINCT FROM (s.name_fa, s.name_en, s.province_code, s.source_ref, s.parent_id)
    FROM admin_unit u
    WHERE s.level = ${level} AND u.boundary_set = ${set} AND u.level = ${level} AND u.code = s.code`;
  const updated = await tx<{ geom_changed: boolean }[]>`
    UPDATE admin_unit u SET
      name_fa = s.name_fa, name_en = s.name_en, province_code = s.province_code, source_ref = s.source_ref,
      parent_id = s.parent_id, geom = CASE WHEN s.geom_changed THEN s.geom ELSE u.geom END
    FROM staged_unit s
    WHERE s.level = ${level} AND s.changed AND u.id = s.existing_id
    RETURNING s.geom_changed`;
  const inserted = await tx`
    INSERT INTO admin_unit (boundary_set, level, code, name_fa, name_en, parent_id, province_code, source_ref, geom)
    SELECT ${set}, level, code, name_fa, name_en, parent_id, province_code, source_ref, geom
    FROM staged_unit WHERE level = ${level} AND existing_id IS NULL
    ORDER BY code
    RETURNING id`;
  const stale = await tx<{ code: string; referenced: boolean }[]>`
    SELECT u.code, EXISTS (
      -- A province is deleted with its counties (ON DELETE CASCADE), so its counties' projects count too.
      SELECT 1 FROM project p JOIN admin_unit c ON c.id = p.county_id WHERE u.id IN (c.id, c.parent_id)
    ) AS referenced
    FROM admin_unit u
    WHERE u.boundary_set = ${set} AND u.level = ${level}
      AND NOT EXISTS (SELECT 1 FROM staged_unit s WHERE s.level = ${level} AND s.code = u.code)`;
  const deletable = stale.filter((s) => !s.referenced).map((s) => s.code);
  if (deletable.length > 0) {
    await tx`DELETE FROM admin_unit WHERE boundary_set = ${set} AND level = ${level} AND code IN ${tx(deletable)}`;
  }
  for (const s of stale.filter((x) => x.referenced)) {
    report.notes.push(`${level} ${s.code} is no longer in the input but kept: projects refer to it`);
  }
  const [{ total } = { total: 0 }] = await tx<{ total: number }[]>`
    SELECT count(*)::int AS total FROM staged_unit WHERE level = ${level}`;
  report.count(level, {
    inserted: inserted.length,
    updated: updated.length,
    unchanged: total - inserted.length - updated.length,
    deleted: deletable.length,
  });
  return inserted.length > 0 || deletable.length > 0 || updated.some((u) => u.geom_changed);
}
