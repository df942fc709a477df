import type { ProjectCursor, ProjectSort } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import {
  type Audience,
  type ProjectFilter,
  projectFeature,
  projectVisible,
} from '../queries/projectFeatures.ts';

// One page of the registry list (GET /api/projects) by keyset: the projects after the last one of the
// previous page in the chosen order, the id breaking ties. Unlike an offset, a project added meanwhile
// never shifts a later page (no project twice, none skipped), and a deep page costs what the first does.

export interface PageRequest {
  limit: number;
  sort: ProjectSort;
  cursor?: ProjectCursor | undefined;
  /** Words of the title, normalised by search_key (migration 0013) like the search box. */
  q?: string | undefined;
}

export interface ProjectPage {
  /** A GeoJSON FeatureCollection text (without links: the route adds them). */
  features: string;
  returned: number;
  /** The cursor of the next page, or null on the last one. */
  next: ProjectCursor | null;
}

/** The sort key of `project p` joined to its county `admin_unit c`, as the cursor keeps it. */
function sortKey(sql: Sql, sort: ProjectSort) {
  switch (sort.replace('-', '')) {
    case 'updated':
      // Microseconds, in UTC: a JavaScript Date would round them away and a page would repeat a row.
      return sql`to_char(p.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
    case 'title':
      return sql`p.title_fa`;
    case 'status':
      return sql`p.status`;
    case 'county':
      return sql`c.name_fa`;
    default:
      return sql`p.id`;
  }
}

/** The column itself (not its text), so that the indexes of migration 0017 serve the order. */
function sortColumn(sql: Sql, sort: ProjectSort) {
  return sort.replace('-', '') === 'updated' ? sql`p.updated_at` : sortKey(sql, sort);
}

function after(sql: Sql, sort: ProjectSort, cursor: ProjectCursor | undefined) {
  if (!cursor) return sql``;
  const base = sort.replace('-', '');
  const key =
    base === 'id'
      ? sql`${Number(cursor.id)}::bigint`
      : base === 'updated'
        ? // As text first: postgres.js would send a timestamptz parameter through a Date, in milliseconds.
          sql`${String(cursor.key)}::text::timestamptz`
        : sql`${String(cursor.key)}::text`;
  const column = base === 'id' ? sql`p.id` : sortColumn(sql, sort);
  const op = sort.startsWith('-') ? sql`<` : sql`>`;
  return sql`AND (${column}, p.id) ${op} (${key}, ${cursor.id}::bigint)`;
}

function order(sql: Sql, sort: ProjectSort) {
  const dir = sort.startsWith('-') ? sql`DESC` : sql`ASC`;
  if (sort.replace('-', '') === 'id') return sql`p.id ${dir}`;
  return sql`${sortColumn(sql, sort)} ${dir}, p.id ${dir}`;
}

function titleMatches(sql: Sql, q: string | undefined) {
  if (!q) return sql``;
  // The key inside a LIKE pattern: its own % and _ are characters, not wildcards (as searchPlaces does).
  return sql`AND (
    search_key(p.title_fa) LIKE k.pattern OR search_key(coalesce(p.title_en, '')) LIKE k.pattern)`;
}

export async function projectPage(
  sql: Sql,
  filter: ProjectFilter,
  page: PageRequest,
  audience: Audience,
): Promise<ProjectPage> {
  const rows = await sql<{ feature: string; key: string | number; id: string }[]>`
    WITH k AS (
      SELECT '%' || replace(replace(replace(search_key(${page.q ?? ''}), '\\', '\\\\'), '%', '\\%'), '_', '\\_')
             || '%' AS pattern
    )
    SELECT ${projectFeature(sql, audience)}::text AS feature, ${sortKey(sql, page.sort)} AS key, p.id
    FROM project p JOIN admin_unit c ON c.id = p.county_id, k
    WHERE ${projectVisible(sql, filter, audience)}
      ${titleMatches(sql, page.q)}
      ${after(sql, page.sort, page.cursor)}
    ORDER BY ${order(sql, page.sort)}
    LIMIT ${page.limit + 1}`;
  const more = rows.length > page.limit;
  const shown = more ? rows.slice(0, page.limit) : rows;
  const last = shown.at(-1);
  return {
    features: `[${shown.map((r) => r.feature).join(',')}]`,
    returned: shown.length,
    next: more && last ? { sort: page.sort, key: keyOf(last.key), id: Number(last.id) } : null,
  };
}

const keyOf = (k: string | number) => (typeof k === 'string' ? k : Number(k));
