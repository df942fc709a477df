import type { Sql } from '@tavazon/data';
import { contiguityNeighbours, type MultiPolygonGeometry } from '@tavazon/geo';
import { notFound } from '../errors.ts';

export type ContiguityType = 'queen' | 'rook';

/** Contiguity of every county of one boundary set, by code. */
export interface SetNeighbours {
  set: string;
  type: ContiguityType;
  /** `boundary_set.loaded_at` of the geometry these lists were built from. */
  loadedAt: string;
  /** County codes in code order; `neighbours[i]` holds indices into this array. */
  codes: string[];
  indexOf: Map<string, number>;
  neighbours: number[][];
}

// Building the lists reads every full polygon of the set (~190 000 vertices nationally) and takes a
// few hundred milliseconds, while the boundaries change only when the loader runs. So each set and
// contiguity type is built once and kept; the loader bumps loaded_at whenever a geometry of the set
// changes, and a different loaded_at makes the entry stale. The promise is cached, not the result,
// so concurrent first requests share one build.
const cache = new Map<string, { loadedAt: string; built: Promise<SetNeighbours> }>();

/**
 * Queen or rook neighbours of all counties of a set, with spdep `poly2nb` semantics (default snap),
 * computed from the full-resolution polygons, never the generalised ones (simplification moves shared
 * vertices and would change who touches whom). A scope such as one province takes the induced
 * subgraph of these lists (`inducedNeighbours`), which equals running poly2nb on that scope alone:
 * contiguity of two counties depends on their two polygons only.
 *
 * @throws 404 naming `set` when the boundary set does not exist
 */
export async function countyNeighbours(sql: Sql, set: string, type: ContiguityType): Promise<SetNeighbours> {
  const [row] = await sql<{ loaded_at: string }[]>`
    SELECT loaded_at::text AS loaded_at FROM boundary_set WHERE code = ${set}`;
  if (!row) throw notFound('boundary_set.not_found', { set }, `boundary set ${set} not found`, 'set');
  const key = `${set}|${type}`;
  const hit = cache.get(key);
  if (hit && hit.loadedAt === row.loaded_at) return hit.built;
  const built = buildNeighbours(sql, set, type, row.loaded_at);
  cache.set(key, { loadedAt: row.loaded_at, built });
  // A failed build (lost connection) must not stay cached and fail every later request.
  built.catch(() => {
    if (cache.get(key)?.built === built) cache.delete(key);
  });
  return built;
}

async function buildNeighbours(
  sql: Sql,
  set: string,
  type: ContiguityType,
  loadedAt: string,
): Promise<SetNeighbours> {
  // 15 decimals keep every stored digit that matters (ST_AsGeoJSON's default of 9 would round
  // coordinates to ~0.1 mm, close to the 1.5e-8° snap distance that decides contiguity).
  const rows = await sql<{ code: string; geom: string }[]>`
    SELECT code, ST_AsGeoJSON(geom, 15) AS geom
    FROM admin_unit
    WHERE boundary_set = ${set} AND level = 'county'
    ORDER BY code`;
  const features = rows.map((r) => ({ geometry: JSON.parse(r.geom) as MultiPolygonGeometry }));
  const { neighbours } = contiguityNeighbours(features, { type });
  const codes = rows.map((r) => r.code);
  return { set, type, loadedAt, codes, indexOf: new Map(codes.map((c, i) => [c, i])), neighbours };
}
