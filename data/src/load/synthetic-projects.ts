import type { Tx } from './tx.ts';

/**
 * Synthetic projects (`pnpm bench --part scale` makes a million in its own database and deletes them
 * afterwards) carry this source key prefix, the title prefix `[synthetic bench]` and the source
 * "synthetic benchmark data (not real)". The loader never changes them (it keeps `driver-projects:` keys
 * only); it says so when some are left, e.g. by an interrupted benchmark.
 */
export const syntheticKeyPrefix = 'synthetic-bench:';

export async function syntheticProjectsNote(tx: Tx): Promise<string | null> {
  const [row] = await tx<{ n: number }[]>`
    SELECT count(*)::int AS n FROM project WHERE source_key LIKE ${`${syntheticKeyPrefix}%`}`;
  if (!row?.n) return null;
  return `${row.n} synthetic benchmark projects (source key ${syntheticKeyPrefix}…) are in this database, not real data; the next \`pnpm bench --part scale\` on it deletes them`;
}
