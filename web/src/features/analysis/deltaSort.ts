import type { DeltaSort } from '../indicators/time/timeState.ts';
import type { DeltaRow } from './useDeltaRanking.ts';

const keyOf: Record<Exclude<DeltaSort, 'name'>, (r: DeltaRow) => number | null | undefined> = {
  improved: (r) => r.improvement,
  from: (r) => r.from,
  to: (r) => r.to,
  change: (r) => r.change,
  rank: (r) => r.rankChange,
};

/**
 * The delta ranking's order. Numbers run largest first (`improved`: most improved first, `rank`: most
 * places gained first), names A–Z; `reverse` turns it round. Counties without a change stay last either
 * way: they cannot be ranked, and must not pass for the least or most improved.
 */
export function sortDelta(
  rows: readonly DeltaRow[],
  sort: DeltaSort,
  reverse: boolean,
  collator: Intl.Collator,
  name: (r: DeltaRow) => string,
): DeltaRow[] {
  const direction = reverse ? -1 : 1;
  if (sort === 'name')
    return [...rows].sort(
      (a, b) => direction * collator.compare(name(a), name(b)) || a.code.localeCompare(b.code),
    );
  const key = keyOf[sort];
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const missingX = x === null || x === undefined;
    const missingY = y === null || y === undefined;
    if (missingX || missingY) return missingX === missingY ? a.code.localeCompare(b.code) : missingX ? 1 : -1;
    return direction * (y - x) || a.code.localeCompare(b.code);
  });
}
