import { type Polarity, validateIndicatorInput } from './validateIndicatorInput.ts';

/**
 * Z-score standardisation per indicator, signed so that higher is always better:
 * `(x − mean) / sd` for `higher_better`, `(mean − x) / sd` for `higher_worse`, with the population
 * standard deviation (divisor n, the units are the whole region, not a sample).
 *
 * A constant indicator becomes 0 for every unit (no deviation to standardise).
 *
 * @param matrix - n × m raw indicator values (rows = units, columns = indicators), any units
 * @param polarities - one polarity per column
 * @returns a new n × m matrix of z-scores (standard deviations from the mean, unitless)
 * @throws on an empty/ragged matrix, missing values or invalid polarities
 */
export function normaliseZScore(
  matrix: readonly (readonly number[])[],
  polarities: readonly Polarity[],
): number[][] {
  const { rows, columns } = validateIndicatorInput(matrix, 'normaliseZScore', { polarities });
  const out = Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
  for (let j = 0; j < columns; j++) {
    let sum = 0;
    for (let i = 0; i < rows; i++) sum += matrix[i]![j]!;
    const mean = sum / rows;
    let squares = 0;
    for (let i = 0; i < rows; i++) squares += (matrix[i]![j]! - mean) ** 2;
    const sd = Math.sqrt(squares / rows);
    if (sd === 0) continue;
    const sign = polarities[j] === 'higher_better' ? 1 : -1;
    for (let i = 0; i < rows; i++) out[i]![j] = (sign * (matrix[i]![j]! - mean)) / sd;
  }
  return out;
}
