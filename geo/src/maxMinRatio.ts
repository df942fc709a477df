/**
 * Ratio of the largest to the smallest value, the bluntest disparity measure ("the worst county has
 * 4.2 times the unemployment of the best").
 *
 * @param values - per-unit values, finite and all > 0
 * @returns max / min (unitless, >= 1)
 * @throws if values is empty, has a non-finite entry, or its minimum is <= 0 (the ratio would be
 *   infinite or meaningless)
 */
export function maxMinRatio(values: readonly number[]): number {
  if (values.length === 0) throw new Error('maxMinRatio: values is empty');
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new Error(`maxMinRatio: value ${i} is not a finite number (${String(v)})`);
    }
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!(min > 0)) throw new Error(`maxMinRatio: minimum must be > 0, got ${min}`);
  return max / min;
}
