import type { DatasetReport } from './summary.ts';
import type { Tx } from './tx.ts';

/**
 * A pair below this share of both its counties is a sliver: the two sources draw their shared borders
 * up to a few kilometres apart, which leaves thin overlaps along every border (2,706 intersecting pairs
 * of census and current counties, 1,291 of them at least 1 % of one side). Slivers are not stored and
 * never decide a parent; a parent pair is always stored whatever its size.
 */
export const sliverShare = 0.01;

export interface OverlayResult {
  /** Whether the overlay was computed in this load (false: the boundaries were unchanged). */
  rebuilt: boolean;
  ms: number;
  pairs: number;
}

/**
 * Overlays the counties of two sets on the spheroid (geography areas) and stores every overlapping pair
 * (`unit_overlap`) and how counts are carried from source to target (`unit_carry`):
 * - each target county's parent is the source county holding the largest part of it;
 * - a source county's counts go to its children in proportion to their area within it: all of them to
 *   an only child (`same-county`), shared by area among several (`area-share`);
 * - a source county that is no target's parent goes whole to the target holding the largest part of it
 *   (`merged`), so that no count is lost.
 * Skipped when neither set's county geometry changed since the last build (a fingerprint is kept).
 */
export async function buildOverlay(
  tx: Tx,
  sets: { source: string; target: string },
  report: DatasetReport,
): Promise<OverlayResult> {
  const started = performance.now();
  const [fp] = await tx<{ fingerprint: string; old: string | null }[]>`
    SELECT md5(string_agg(u.boundary_set || ':' || u.id || ':' || u.code || ':' || md5(ST_AsBinary(u.geom)), ','
                          ORDER BY u.id)) AS fingerprint,
           (SELECT fingerprint FROM crosswalk_build
            WHERE source_set = ${sets.source} AND target_set = ${sets.target}) AS old
    FROM admin_unit u
    WHERE u.boundary_set IN (${sets.source}, ${sets.target}) AND u.level = 'county'`;
  const [stored] = await tx<{ pairs: number; carries: number }[]>`
    SELECT (SELECT count(*)::int FROM unit_overlap o JOIN admin_unit s ON s.id = o.source_unit_id
            WHERE s.boundary_set = ${sets.source}) AS pairs,
           (SELECT count(*)::int FROM unit_carry c JOIN admin_unit s ON s.id = c.source_unit_id
            WHERE s.boundary_set = ${sets.source}) AS carries`;
  if (fp?.old && fp.old === fp.fingerprint) {
    report.count('unit_overlap', { unchanged: stored?.pairs ?? 0 });
    report.count('unit_carry', { unchanged: stored?.carries ?? 0 });
    return { rebuilt: false, ms: Math.round(performance.now() - started), pairs: stored?.pairs ?? 0 };
  }

  // Each county's own area once (not once per pair: that doubled the time); ST_Intersects compares
  // bounding boxes first, so only the pairs that touch are intersected.
  await tx`
    CREATE TEMP TABLE overlay ON COMMIT DROP AS
    WITH s AS MATERIALIZED (
      SELECT id, geom, ST_Area(geom::geography) AS m2 FROM admin_unit
      WHERE boundary_set = ${sets.source} AND level = 'county'
    ), t AS MATERIALIZED (
      SELECT id, geom, ST_Area(geom::geography) AS m2 FROM admin_unit
      WHERE boundary_set = ${sets.target} AND level = 'county'
    )
    SELECT s.id AS source_unit_id, t.id AS target_unit_id,
           ST_Area(ST_Intersection(s.geom, t.geom)::geography) AS shared_m2, s.m2 AS source_m2, t.m2 AS target_m2
    FROM s JOIN t ON ST_Intersects(s.geom, t.geom)`;
  await tx`DELETE FROM overlay WHERE shared_m2 <= 0`;
  await tx`
    CREATE TEMP TABLE carry ON COMMIT DROP AS
    WITH parent AS (
      SELECT DISTINCT ON (target_unit_id) source_unit_id, target_unit_id, shared_m2
      FROM overlay ORDER BY target_unit_id, shared_m2 DESC, source_unit_id
    ), orphan AS (
      SELECT DISTINCT ON (o.source_unit_id) o.source_unit_id, o.target_unit_id
      FROM overlay o WHERE NOT EXISTS (SELECT 1 FROM parent p WHERE p.source_unit_id = o.source_unit_id)
      ORDER BY o.source_unit_id, o.shared_m2 DESC, o.target_unit_id
    )
    SELECT source_unit_id, target_unit_id,
           shared_m2 / sum(shared_m2) OVER (PARTITION BY source_unit_id) AS weight,
           CASE WHEN count(*) OVER (PARTITION BY source_unit_id) = 1 THEN 'same-county' ELSE 'area-share' END AS method
    FROM parent
    UNION ALL
    SELECT source_unit_id, target_unit_id, 1, 'merged' FROM orphan`;

  await tx`
    CREATE TEMP TABLE staged_overlap ON COMMIT DROP AS
    SELECT o.source_unit_id, o.target_unit_id, o.shared_m2,
           o.shared_m2 / o.source_m2 AS source_share, o.shared_m2 / o.target_m2 AS target_share
    FROM overlay o
    WHERE o.shared_m2 >= ${sliverShare} * least(o.source_m2, o.target_m2)
       OR EXISTS (SELECT 1 FROM carry c
                  WHERE c.source_unit_id = o.source_unit_id AND c.target_unit_id = o.target_unit_id)`;
  const [o] = await tx<Counts[]>`
    WITH existing AS (
      SELECT s.*, x.source_unit_id IS NOT NULL AS found,
             (x.shared_m2, x.source_share, x.target_share)
               IS NOT DISTINCT FROM (s.shared_m2, s.source_share, s.target_share) AS same
      FROM staged_overlap s LEFT JOIN unit_overlap x
        ON x.source_unit_id = s.source_unit_id AND x.target_unit_id = s.target_unit_id
    ), written AS (
      INSERT INTO unit_overlap (source_unit_id, target_unit_id, shared_m2, source_share, target_share)
      SELECT source_unit_id, target_unit_id, shared_m2, source_share, target_share
      FROM existing WHERE NOT found OR NOT same
      ON CONFLICT (source_unit_id, target_unit_id) DO UPDATE
        SET shared_m2 = EXCLUDED.shared_m2, source_share = EXCLUDED.source_share,
            target_share = EXCLUDED.target_share
      RETURNING 1
    ), deleted AS (
      DELETE FROM unit_overlap x USING admin_unit u
      WHERE u.id = x.source_unit_id AND u.boundary_set = ${sets.source}
        AND NOT EXISTS (SELECT 1 FROM staged_overlap s
                        WHERE s.source_unit_id = x.source_unit_id AND s.target_unit_id = x.target_unit_id)
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM existing WHERE NOT found) AS inserted,
           (SELECT count(*)::int FROM existing WHERE found AND NOT same) AS updated,
           (SELECT count(*)::int FROM existing WHERE found AND same) AS unchanged,
           (SELECT count(*)::int FROM deleted) AS deleted,
           (SELECT count(*)::int FROM written) AS written`;
  if (o) report.count('unit_overlap', o);
  const [c] = await tx<Counts[]>`
    WITH existing AS (
      SELECT s.*, x.source_unit_id IS NOT NULL AS found,
             (x.weight, x.method) IS NOT DISTINCT FROM (s.weight, s.method) AS same
      FROM carry s LEFT JOIN unit_carry x
        ON x.source_unit_id = s.source_unit_id AND x.target_unit_id = s.target_unit_id
    ), written AS (
      INSERT INTO unit_carry (source_unit_id, target_unit_id, weight, method)
      SELECT source_unit_id, target_unit_id, weight, method FROM existing WHERE NOT found OR NOT same
      ON CONFLICT (source_unit_id, target_unit_id) DO UPDATE
        SET weight = EXCLUDED.weight, method = EXCLUDED.method
      RETURNING 1
    ), deleted AS (
      DELETE FROM unit_carry x USING admin_unit u
      WHERE u.id = x.source_unit_id AND u.boundary_set = ${sets.source}
        AND NOT EXISTS (SELECT 1 FROM carry s
                        WHERE s.source_unit_id = x.source_unit_id AND s.target_unit_id = x.target_unit_id)
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM existing WHERE NOT found) AS inserted,
           (SELECT count(*)::int FROM existing WHERE found AND NOT same) AS updated,
           (SELECT count(*)::int FROM existing WHERE found AND same) AS unchanged,
           (SELECT count(*)::int FROM deleted) AS deleted,
           (SELECT count(*)::int FROM written) AS written`;
  if (c) report.count('unit_carry', c);

  const ms = Math.round(performance.now() - started);
  await tx`
    INSERT INTO crosswalk_build (source_set, target_set, fingerprint, built_ms)
    VALUES (${sets.source}, ${sets.target}, ${fp?.fingerprint ?? ''}, ${ms})
    ON CONFLICT (source_set, target_set) DO UPDATE
      SET fingerprint = EXCLUDED.fingerprint, built_ms = EXCLUDED.built_ms, built_at = now()`;
  const pairs = (o?.inserted ?? 0) + (o?.updated ?? 0) + (o?.unchanged ?? 0);
  return { rebuilt: true, ms, pairs };
}

type Counts = { inserted: number; updated: number; unchanged: number; deleted: number };
