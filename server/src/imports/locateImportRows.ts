import { normalisePersianName, type Sql } from '@tavazon/data';
import type { SessionUser } from '../auth/sessions.ts';
import type { NewProject } from '../projects/insertProjects.ts';
import { mayEditIn } from '../projects/provinceScope.ts';
import { problem, type RowProblem } from './problem.ts';
import { timeSlicer } from './timeSlicer.ts';

export interface LocatedRow {
  row: number;
  project: NewProject;
  county: string;
  county_name_fa: string;
  province: string;
}

const titleKey = (title: string) => normalisePersianName(title).toLowerCase();

/**
 * The database's checks of rows whose fields are fine: the county each point falls in (by the rule of
 * the county trigger: the lowest-id current county covering it), the editor's provinces, and duplicates,
 * within the file and against the registry (the same Persian title, compared in normalised form, in
 * the same county, among projects not archived).
 */
export interface Candidate {
  row: number;
  title?: string | undefined;
  location: { lat: number; lng: number };
  /** null when the row has problems of its own: it is checked here, but never imported. */
  project: NewProject | null;
}

/**
 * Points looked up per statement. The embedded PGlite runs each statement on the event loop: 250 points
 * against the county polygons held it for ~200 ms, 50 stay well under the 100 ms a request may block.
 */
const locateBatch = 50;

export async function locateImportRows(
  sql: Sql,
  user: SessionUser,
  rows: Candidate[],
): Promise<{ located: LocatedRow[]; problems: RowProblem[] }> {
  const problems: RowProblem[] = [];
  if (rows.length === 0) return { located: [], problems };
  const points = rows.map((r, i) => ({ i, lng: r.location.lng, lat: r.location.lat }));
  type Found = {
    i: number;
    id: string | null;
    code: string | null;
    name_fa: string | null;
    province: string | null;
  };
  // In batches: the embedded PGlite runs a query on the event loop, and 20,000 point lookups in one
  // statement held it for seconds (and parsing one 20,000-row answer does on PostgreSQL too).
  const counties: Found[] = [];
  for (let start = 0; start < points.length; start += locateBatch) {
    const batch = points.slice(start, start + locateBatch);
    counties.push(
      ...(await sql<Found[]>`
        SELECT r.i, u.id, u.code, u.name_fa, u.province_code AS province
        FROM json_to_recordset(${JSON.stringify(batch)}::text::json) AS r(i int, lng float8, lat float8)
        LEFT JOIN LATERAL (
          SELECT u.id, u.code, u.name_fa, u.province_code FROM admin_unit u
          WHERE u.boundary_set = 'current' AND u.level = 'county'
            AND ST_Covers(u.geom, ST_SetSRID(ST_MakePoint(r.lng, r.lat), 4326))
          ORDER BY u.id LIMIT 1
        ) u ON true
        ORDER BY r.i`),
    );
  }
  const countyIds = [...new Set(counties.map((c) => c.id).filter((id): id is string => id !== null))];
  const existing = countyIds.length
    ? await sql<{ id: number; title_fa: string; code: string }[]>`
        SELECT p.id::int AS id, p.title_fa, c.code FROM project p JOIN admin_unit c ON c.id = p.county_id
        WHERE NOT p.archived AND p.county_id IN ${sql(countyIds)}`
    : [];
  const known = new Map(existing.map((e) => [`${e.code}|${titleKey(e.title_fa)}`, e.id]));
  const seen = new Map<string, number>();
  const located: LocatedRow[] = [];
  // 20,000 rows of title normalisation held the event loop for 50+ ms in one go: checked in slices.
  const slice = timeSlicer();
  for (const [i, r] of rows.entries()) {
    await slice();
    const c = counties[i]!;
    const { lat, lng } = r.location;
    if (!c.code || !c.province || !c.name_fa) {
      problems.push(
        problem(
          { row: r.row, column: 'lat' },
          'import.outside_counties',
          { lat, lng },
          `location (lat ${lat}, lng ${lng}) is outside every county of Iran`,
        ),
      );
      continue;
    }
    if (!mayEditIn(user, c.province)) {
      problems.push(
        problem(
          { row: r.row, column: 'lat' },
          'import.province_forbidden',
          { county: c.name_fa, province: c.province, allowed: user.provinces },
          `location is in ${c.name_fa} (${c.province}); you may add projects in ${user.provinces.join(', ') || 'no province'} only`,
        ),
      );
      continue;
    }
    if (!r.title) continue;
    const key = `${c.code}|${titleKey(r.title)}`;
    const inRegistry = known.get(key);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push(
        problem(
          { row: r.row, column: 'title_fa' },
          'import.duplicate_row',
          { earlier, county: c.name_fa },
          `duplicate of row ${earlier} (same title in ${c.name_fa})`,
        ),
      );
      continue;
    }
    seen.set(key, r.row);
    if (inRegistry !== undefined) {
      problems.push(
        problem(
          { row: r.row, column: 'title_fa' },
          'import.in_registry',
          { project: inRegistry, county: c.name_fa },
          `already in the registry as project ${inRegistry} (same title in ${c.name_fa})`,
        ),
      );
      continue;
    }
    if (r.project) {
      located.push({
        row: r.row,
        project: r.project,
        county: c.code,
        county_name_fa: c.name_fa,
        province: c.province,
      });
    }
  }
  return { located, problems };
}
