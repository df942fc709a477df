import { validateIndicatorInput } from './validateIndicatorInput.ts';

/**
 * Objective indicator weights by Shannon entropy: indicators whose values differ more between units
 * carry more information and get more weight.
 *
 * p_ij = x_ij / Σ_i x_ij, e_j = −(1 / ln n) Σ_i p_ij ln p_ij (0 · ln 0 = 0), d_j = 1 − e_j,
 * w_j = d_j / Σ d. An all-zero column carries no information (e_j = 1, weight 0). If no indicator
 * varies at all, every d_j is 0 and equal weights 1/m are returned.
 *
 * Pass a non-negative matrix whose scale is meaningful, usually the output of `normaliseMinMax`
 * (raw values in different units would make the weights depend on the units).
 *
 * @param matrix - n × m non-negative values, n >= 2 units (rows), m >= 1 indicators (columns)
 * @returns m weights >= 0 summing to 1
 * @throws on an empty/ragged matrix, missing or negative values, or fewer than 2 units
 */
export function entropyWeights(matrix: readonly (readonly number[])[]): number[] {
  const { rows, columns } = validateIndicatorInput(matrix, 'entropyWeights');
  if (rows < 2) throw new Error('entropyWeights: needs at least 2 units (rows) to measure dispersion');
  const logN = Math.log(rows);
  const divergence = new Array<number>(columns).fill(0);
  for (let j = 0; j < columns; j++) {
    let sum = 0;
    for (let i = 0; i < rows; i++) {
      const v = matrix[i]![j]!;
      if (v < 0)
        throw new Error(
          `entropyWeights: negative value at row ${i}, column ${j} (${v}); min–max normalise first`,
        );
      sum += v;
    }
    if (sum === 0) continue;
    let entropy = 0;
    for (let i = 0; i < rows; i++) {
      const p = matrix[i]![j]! / sum;
      if (p > 0) entropy -= p * Math.log(p);
    }
    // Rounding can push e_j a hair above 1 for a constant column.
    divergence[j] = Math.max(0, 1 - entropy / logN);
  }
  const total = divergence.reduce((s, d) => s + d, 0);
  if (total === 0) return new Array<number>(columns).fill(1 / columns);
  return divergence.map((d) => d / total);
}
