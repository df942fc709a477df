import { isfahanRegions, type RegionSchemeSeed } from '../../seeds/isfahan-regions.ts';
import type { Sql } from '../db/connect.ts';
import { transaction } from '../db/transaction.ts';
import { StructuralInputError } from './read-geojson.ts';
import type { DatasetReport } from './summary.ts';
import type { Tx } from './tx.ts';

export const regionSchemes: readonly RegionSchemeSeed[] = [isfahanRegions];

/** The seeded planning-region schemes, each in its own transaction, found again by `seed_key`. */
export async function loadRegions(sql: Sql, report: DatasetReport): Promise<void> {
  for (const scheme of regionSchemes) {
    await transaction(sql, (tx) => loadScheme(tx, scheme, report));
  }
}

async function loadScheme(tx: Tx, seed: RegionSchemeSeed, report: DatasetReport): Promise<void> {
  const file = `seeds (${seed.seed_key})`;
  const regionOf = new Map<string, string>();
  for (const r of seed.regions) {
    for (const code of r.counties) {
      const other = regionOf.get(code);
      // A county in two regions cannot be stored (and means the seed is wrong), so nothing of it is loaded.
      if (other)
        throw new StructuralInputError(
          `${file}: county ${code} is in both region ${other} and region ${r.code}`,
        );
      regionOf.set(code, r.code);
    }
  }
  const counties = await tx<{ id: string; code: string; name_fa: string }[]>`
    SELECT id, code, name_fa FROM admin_unit
    WHERE boundary_set = ${seed.boundary_set} AND level = 'county' AND province_code = ${seed.province_code}`;
  if (counties.length === 0) {
    throw new StructuralInputError(
      `${file}: no ${seed.boundary_set} counties in ${seed.province_code}: load census first`,
    );
  }
  const idOf = new Map(counties.map((c) => [c.code, c.id]));
  for (const [code, region] of regionOf) {
    if (!idOf.has(code)) {
      report.problem({
        file,
        key: code,
        reason: `region ${region}: no ${seed.boundary_set} county ${code} in ${seed.province_code}`,
        loaded: false,
      });
    }
  }
  const outside = counties.filter((c) => !regionOf.has(c.code));
  for (const c of outside) {
    report.problem({ file, key: c.code, reason: `county «${c.name_fa}» is in no region`, loaded: true });
  }
  report.check(
    `${seed.province_code} counties in exactly one region`,
    counties.length,
    counties.length - outside.length,
  );

  const schemeId = await upsertScheme(tx, seed, report);
  const regionIds = await upsertRegions(tx, schemeId, seed, report);
  const members = [...regionOf]
    .filter(([code]) => idOf.has(code))
    .map(([code, region]) => ({ admin_unit_id: idOf.get(code), region_id: regionIds.get(region) }));
  const [m] = await tx<{ inserted: number; updated: number; unchanged: number; deleted: number }[]>`
    WITH wanted AS (
      SELECT * FROM json_to_recordset(${JSON.stringify(members)}::text::json) AS w(admin_unit_id bigint, region_id bigint)
    ), current AS (
      SELECT w.*, m.region_id AS old_region FROM wanted w
      LEFT JOIN region_member m ON m.scheme_id = ${schemeId} AND m.admin_unit_id = w.admin_unit_id
    ), written AS (
      INSERT INTO region_member (scheme_id, region_id, admin_unit_id)
      SELECT ${schemeId}, region_id, admin_unit_id FROM current WHERE old_region IS DISTINCT FROM region_id
      ON CONFLICT (scheme_id, admin_unit_id) DO UPDATE SET region_id = EXCLUDED.region_id
      RETURNING 1
    ), deleted AS (
      DELETE FROM region_member m WHERE m.scheme_id = ${schemeId}
        AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.admin_unit_id = m.admin_unit_id)
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM current WHERE old_region IS NULL) AS inserted,
           (SELECT count(*)::int FROM current WHERE old_region <> region_id) AS updated,
           (SELECT count(*)::int FROM current WHERE old_region = region_id) AS unchanged,
           (SELECT count(*)::int FROM deleted) AS deleted,
           (SELECT count(*)::int FROM written) AS written`;
  if (m) report.count('region_member', m);

  // Regions drawn by geography should be one piece each; say so if one is not.
  const split = await tx<{ code: string; parts: number }[]>`
    SELECT r.code, ST_NumGeometries(ST_Multi(ST_Union(u.geom)))::int AS parts
    FROM region r JOIN region_member m ON m.region_id = r.id JOIN admin_unit u ON u.id = m.admin_unit_id
    WHERE r.scheme_id = ${schemeId} GROUP BY r.code HAVING ST_NumGeometries(ST_Multi(ST_Union(u.geom))) > 1`;
  for (const s of split)
    report.notes.push(`region ${s.code} of ${seed.seed_key} is in ${s.parts} separate parts`);
}

async function upsertScheme(tx: Tx, seed: RegionSchemeSeed, report: DatasetReport): Promise<string> {
  const scheme = {
    seed_key: seed.seed_key,
    boundary_set: seed.boundary_set,
    province_code: seed.province_code,
    name_fa: seed.name_fa,
    name_en: seed.name_en,
    illustrative: seed.illustrative,
    // One text column for the note: Persian first, then English.
    note: `${seed.note_fa}\n${seed.note_en}`,
  };
  const fields = ['boundary_set', 'province_code', 'name_fa', 'name_en', 'illustrative', 'note'] as const;
  const [old] = await tx<(typeof scheme & { id: string })[]>`
    SELECT id, seed_key, ${tx([...fields])} FROM region_scheme WHERE seed_key = ${seed.seed_key}`;
  if (!old) {
    const [row] = await tx<{ id: string }[]>`INSERT INTO region_scheme ${tx(scheme)} RETURNING id`;
    report.count('region_scheme', { inserted: 1 });
    return row!.id;
  }
  if (fields.some((f) => old[f] !== scheme[f])) {
    await tx`UPDATE region_scheme SET ${tx(scheme, ...fields)}, updated_at = now() WHERE id = ${old.id}`;
    report.count('region_scheme', { updated: 1 });
  } else report.count('region_scheme', { unchanged: 1 });
  return old.id;
}

async function upsertRegions(tx: Tx, schemeId: string, seed: RegionSchemeSeed, report: DatasetReport) {
  const existing = await tx<{ id: string; code: string; name_fa: string; name_en: string }[]>`
    SELECT id, code, name_fa, name_en FROM region WHERE scheme_id = ${schemeId}`;
  const ids = new Map<string, string>();
  for (const r of seed.regions) {
    const old = existing.find((e) => e.code === r.code);
    if (!old) {
      const [row] = await tx<{ id: string }[]>`
        INSERT INTO region (scheme_id, code, name_fa, name_en) VALUES (${schemeId}, ${r.code}, ${r.name_fa}, ${r.name_en})
        RETURNING id`;
      ids.set(r.code, row!.id);
      report.count('region', { inserted: 1 });
      continue;
    }
    ids.set(r.code, old.id);
    if (old.name_fa !== r.name_fa || old.name_en !== r.name_en) {
      await tx`UPDATE region SET name_fa = ${r.name_fa}, name_en = ${r.name_en} WHERE id = ${old.id}`;
      report.count('region', { updated: 1 });
    } else report.count('region', { unchanged: 1 });
  }
  const gone = existing.filter((e) => !ids.has(e.code)).map((e) => e.id);
  if (gone.length > 0) await tx`DELETE FROM region WHERE id IN ${tx(gone)}`;
  report.count('region', { deleted: gone.length });
  return ids;
}
