import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { sectors } from '../../seeds/sectors.ts';
import type { Sql } from '../db/connect.ts';
import { transaction } from '../db/transaction.ts';
import { parseCsv } from './parse-csv.ts';
import { type ProjectRow, parseProjects } from './parse-projects.ts';
import { compactPersianName, normalisePersianName } from './persian-name.ts';
import { StructuralInputError } from './read-geojson.ts';
import { inputPath } from './resolve-data-dir.ts';
import type { DatasetReport } from './summary.ts';
import { syntheticProjectsNote } from './synthetic-projects.ts';
import type { Tx } from './tx.ts';

interface County {
  id: string;
  code: string;
  province_code: string;
  name_fa: string;
  name_en: string | null;
}

const file = 'driver-projects.csv';
// Points are drawn this far (in degrees, ≈ 2 km) inside the county border, so that a marker reads as
// "somewhere in this county" rather than sitting on its border or in a sliver shared with a neighbour.
const inset = 0.02;

/**
 * Sectors and the driver projects of the source documents, in one transaction. Each project is placed
 * at a random (but, by its seeded key, reproducible) point inside its county of the `current` set; the
 * trigger of migration 0004 then assigns the county, which is checked to be the intended one.
 */
export async function loadProjects(sql: Sql, dataDir: string, report: DatasetReport): Promise<void> {
  const csv = parseCsv(await readFile(inputPath(dataDir, 'projects'), 'utf8'));
  const { projects, problems } = parseProjects(csv, new Set(sectors.map((s) => s.code)), file);
  for (const p of problems) report.problem(p);

  await transaction(sql, async (tx) => {
    await upsertSectors(tx, report);
    const counties = await tx<County[]>`
      SELECT id, code, province_code, name_fa, name_en FROM admin_unit WHERE boundary_set = 'current' AND level = 'county'`;
    if (counties.length === 0)
      throw new StructuralInputError('the current boundary set is not loaded: load current first');
    const placed: (ProjectRow & { county_id: string; seed: number })[] = [];
    for (const p of projects) {
      const county = findCounty(counties, p);
      if (!county) {
        report.problem({
          file,
          line: p.line,
          key: p.title_fa,
          reason: `no current county «${p.county_fa}» / "${p.county_en}" in ${p.province_iso}`,
          loaded: false,
        });
      } else placed.push({ ...p, county_id: county.id, seed: seedOf(p.source_key) });
    }
    await upsertProjects(tx, placed, report);
  });
}

/** The county named in the row: normalised Persian name, then without spaces, then the English name. */
function findCounty(counties: County[], p: ProjectRow): County | undefined {
  const inProvince = counties.filter((c) => c.province_code === p.province_iso);
  const en = p.county_en.toLowerCase().replace(/[^a-z]/g, '');
  return (
    inProvince.find(
      (c) => p.county_fa && normalisePersianName(c.name_fa) === normalisePersianName(p.county_fa),
    ) ??
    inProvince.find(
      (c) => p.county_fa && compactPersianName(c.name_fa) === compactPersianName(p.county_fa),
    ) ??
    inProvince.find((c) => en && c.name_en?.toLowerCase().replace(/[^a-z]/g, '') === en)
  );
}

/** A positive 31-bit seed for ST_GeneratePoints, derived from the project's key. */
const seedOf = (key: string) => (createHash('sha1').update(key).digest().readUInt32BE(0) % 1_000_000_000) + 1;

async function upsertSectors(tx: Tx, report: DatasetReport): Promise<void> {
  const existing = await tx<
    { code: string; name_fa: string; name_en: string }[]
  >`SELECT code, name_fa, name_en FROM sector`;
  for (const s of sectors) {
    const old = existing.find((e) => e.code === s.code);
    if (!old) {
      await tx`INSERT INTO sector ${tx(s, 'code', 'name_fa', 'name_en')}`;
      report.count('sector', { inserted: 1 });
    } else if (old.name_fa !== s.name_fa || old.name_en !== s.name_en) {
      await tx`UPDATE sector SET ${tx(s, 'name_fa', 'name_en')} WHERE code = ${s.code}`;
      report.count('sector', { updated: 1 });
    } else report.count('sector', { unchanged: 1 });
  }
}

async function upsertProjects(
  tx: Tx,
  rows: (ProjectRow & { county_id: string; seed: number })[],
  report: DatasetReport,
): Promise<void> {
  const staged = rows.map(({ line, province_iso, county_fa, county_en, ...r }) => ({ ...r, line }));
  await tx`
    CREATE TEMP TABLE staged_project ON COMMIT DROP AS
    SELECT r.*, NULL::geometry AS area, NULL::geometry AS location
    FROM json_to_recordset(${JSON.stringify(staged)}::text::json) AS r(
      line int, source_key text, county_id bigint, seed int, title_fa text, title_en text, sector text,
      status text, source_status text, source_document text, source_date text)`;
  await tx`
    UPDATE staged_project s SET area = CASE WHEN ST_IsEmpty(b.geom) THEN c.geom ELSE b.geom END
    FROM admin_unit c CROSS JOIN LATERAL (SELECT ST_Buffer(c.geom, ${-inset}) AS geom) b
    WHERE c.id = s.county_id`;
  // Several seeds per project: the first point that the trigger's own rule (the lowest-id county covering
  // it) assigns to the intended county wins, so overlapping OSM borders cannot move a project.
  await tx`
    WITH candidate AS MATERIALIZED (
      SELECT s.source_key, s.county_id, a.attempt,
             ST_GeometryN(ST_GeneratePoints(s.area, 1, s.seed + a.attempt), 1) AS pt
      FROM staged_project s CROSS JOIN generate_series(0, 9) AS a(attempt)
    ), judged AS MATERIALIZED (
      SELECT c.source_key, c.attempt, c.pt, (
        SELECT u.id FROM admin_unit u
        WHERE u.boundary_set = 'current' AND u.level = 'county' AND ST_Covers(u.geom, c.pt)
        ORDER BY u.id LIMIT 1
      ) = c.county_id AS inside
      FROM candidate c
    )
    UPDATE staged_project s SET location = j.pt
    FROM (SELECT DISTINCT ON (source_key) source_key, pt FROM judged WHERE inside ORDER BY source_key, attempt) j
    WHERE j.source_key = s.source_key`;
  const unplaced = await tx<{ line: number; title_fa: string }[]>`
    DELETE FROM staged_project WHERE location IS NULL RETURNING line, title_fa`;
  for (const u of unplaced) {
    report.problem({
      file,
      line: u.line,
      key: u.title_fa,
      reason: 'no point inside its county could be found',
      loaded: false,
    });
  }

  // A location an editor refined (precision no longer 'county') is theirs: the reload keeps it.
  const [c] = await tx<{ inserted: number; updated: number; unchanged: number }[]>`
    WITH compared AS (
      SELECT s.source_key, p.id,
        p.id IS NOT NULL AND (
          (p.title_fa, p.title_en, p.sector, p.status, p.source_status, p.source_document, p.source_date)
            IS DISTINCT FROM (s.title_fa, s.title_en, s.sector, s.status, s.source_status, s.source_document, s.source_date)
          OR (p.location_precision = 'county' AND ST_AsEWKB(p.location) <> ST_AsEWKB(s.location))
        ) AS changed
      FROM staged_project s LEFT JOIN project p ON p.source_key = s.source_key
    ), updated AS (
      UPDATE project p SET
        title_fa = s.title_fa, title_en = s.title_en, sector = s.sector, status = s.status,
        source_status = s.source_status, source_document = s.source_document, source_date = s.source_date,
        location = CASE WHEN p.location_precision = 'county' THEN s.location ELSE p.location END,
        version = p.version + 1, updated_at = now()
      FROM staged_project s JOIN compared c ON c.source_key = s.source_key
      WHERE p.id = c.id AND c.changed
      RETURNING 1
    ), inserted AS (
      INSERT INTO project (title_fa, title_en, sector, status, source_status, location, location_precision,
                           source_document, source_date, source_key, published)
      SELECT s.title_fa, s.title_en, s.sector, s.status, s.source_status, s.location, 'county',
             s.source_document, s.source_date, s.source_key, true
      FROM staged_project s JOIN compared c ON c.source_key = s.source_key
      WHERE c.id IS NULL
      ORDER BY s.line
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM inserted) AS inserted, (SELECT count(*)::int FROM updated) AS updated,
           (SELECT count(*)::int FROM compared WHERE id IS NOT NULL AND NOT changed) AS unchanged`;
  if (c) report.count('project', c);

  const misplaced = await tx<{ line: number; title_fa: string; code: string }[]>`
    SELECT s.line, s.title_fa, u.code FROM staged_project s
    JOIN project p ON p.source_key = s.source_key JOIN admin_unit u ON u.id = p.county_id
    WHERE p.location_precision = 'county' AND p.county_id <> s.county_id`;
  for (const m of misplaced) {
    report.problem({
      file,
      line: m.line,
      key: m.title_fa,
      reason: `the trigger put it in ${m.code}, not in its own county`,
      loaded: true,
    });
  }
  const stale = await tx<{ id: string; title_fa: string }[]>`
    SELECT id, title_fa FROM project p
    WHERE p.source_key LIKE 'driver-projects:%'
      AND NOT EXISTS (SELECT 1 FROM staged_project s WHERE s.source_key = p.source_key)`;
  for (const s of stale) {
    report.notes.push(
      `project ${s.id} «${s.title_fa}» is no longer in ${file}; left as it is (archive it if it was dropped)`,
    );
  }
  const synthetic = await syntheticProjectsNote(tx);
  if (synthetic) report.notes.push(synthetic);
}
