export interface CompetitionRankOptions {
  /** `'descending'` (default): the largest value gets rank 1, as for a development score. */
  readonly order?: 'descending' | 'ascending';
}

/**
 * Standard competition ranking ("1224"): tied values share the best rank of their group and the next
 * rank skips accordingly, so scores [0.9, 0.7, 0.7, 0.2] rank [1, 2, 2, 4]. Ties are exact equality;
 * round the scores first (e.g. to 6 decimals) if tiny floating-point differences should tie.
 *
 * @param values - one finite score per unit
 * @param options - `order`: `'descending'` (default) or `'ascending'` (smallest gets rank 1)
 * @returns ranks (1-based integers), in input order
 * @throws if a value is not finite
 */
export function competitionRank(values: readonly number[], options: CompetitionRankOptions = {}): number[] {
  const descending = (options.order ?? 'descending') === 'descending';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new Error(`competitionRank: value ${i} is not a finite number (${String(v)})`);
    }
  }
  const order = Array.from({ length: values.length }, (_, i) => i).sort((a, b) =>
    descending ? values[b]! - values[a]! : values[a]! - values[b]!,
  );
  const ranks = new Array<number>(values.length).fill(0);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const previous = k > 0 ? order[k - 1]! : -1;
    ranks[i] = previous >= 0 && values[previous] === values[i] ? ranks[previous]! : k + 1;
  }
  return ranks;
}
