import { type Polarity, validateIndicatorInput } from './validateIndicatorInput.ts';

/**
 * Min–max normalisation per indicator, turned so that 1 is always the best unit and 0 the worst:
 * `(x − min) / (max − min)` for `higher_better`, `(max − x) / (max − min)` for `higher_worse`.
 *
 * An indicator that is constant across units cannot tell them apart; it becomes 0 for every unit, so
 * it shifts all composite scores equally and leaves ranks unchanged.
 *
 * @param matrix - n × m raw indicator values (rows = units, columns = indicators), any units
 * @param polarities - one polarity per column
 * @returns a new n × m matrix with values in [0, 1] (unitless)
 * @throws on an empty/ragged matrix, missing values or invalid polarities
 */
export function normaliseMinMax(
  matrix: readonly (readonly number[])[],
  polarities: readonly Polarity[],
): number[][] {
  const { rows, columns } = validateIndicatorInput(matrix, 'normaliseMinMax', { polarities });
  const out = Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
  for (let j = 0; j < columns; j++) {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < rows; i++) {
      const v = matrix[i]![j]!;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    const range = max - min;
    if (range === 0) continue;
    const better = polarities[j] === 'higher_better';
    for (let i = 0; i < rows; i++) {
      const v = matrix[i]![j]!;
      out[i]![j] = better ? (v - min) / range : (max - v) / range;
    }
  }
  return out;
}
