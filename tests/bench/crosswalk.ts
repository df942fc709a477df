import { type Database, loadAll } from '@tavazon/data';

export interface CrosswalkTiming {
  /** The overlay alone: intersecting 429 × 478 county polygons and storing the pairs and weights. */
  overlayMs: number;
  /** The whole crosswalk dataset: overlay, carrying the counts, writing and comparing 5,000 values. */
  datasetMs: number;
}

/**
 * Times a full rebuild of the census → current crosswalk: brings the database's census data up to date,
 * then forgets the overlay's fingerprint so that the next load rebuilds it (and finds every row unchanged).
 */
export async function crosswalkTiming(db: Database): Promise<CrosswalkTiming> {
  await loadAll(db.sql, { only: ['indicators', 'crosswalk'] });
  await db.sql`UPDATE crosswalk_build SET fingerprint = ''`;
  const summary = await loadAll(db.sql, { only: ['crosswalk'] });
  const dataset = summary.datasets[0];
  if (!dataset || dataset.status === 'failed') throw new Error(`crosswalk failed: ${dataset?.error}`);
  const [row] = await db.sql<{ ms: number }[]>`SELECT built_ms AS ms FROM crosswalk_build`;
  return { overlayMs: row?.ms ?? Number.NaN, datasetMs: dataset.ms };
}
