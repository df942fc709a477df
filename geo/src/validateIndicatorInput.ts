/** Direction of an indicator: literacy is `higher_better`, unemployment is `higher_worse`. */
export type Polarity = 'higher_better' | 'higher_worse';

export interface IndicatorInputChecks {
  readonly weights?: readonly number[];
  readonly polarities?: readonly Polarity[];
}

/** Tolerance on Σ weights = 1, loose enough for weights typed as 0.333/0.333/0.334. */
const WEIGHT_SUM_TOLERANCE = 1e-6;

/**
 * Validates an indicator matrix (rows = units such as counties, columns = indicators) and, when given,
 * its weights and polarities, with error messages that name the offending row and column.
 *
 * @param matrix - n × m numbers, n >= 1 units, m >= 1 indicators, all finite (no missing values)
 * @param caller - name used in error messages
 * @param checks - optional weights (m finite values >= 0 summing to 1 ± 1e-6) and polarities (m entries)
 * @returns the matrix dimensions
 * @throws on an empty or ragged matrix, a missing or non-finite entry, or invalid weights/polarities
 */
export function validateIndicatorInput(
  matrix: readonly (readonly number[])[],
  caller: string,
  checks: IndicatorInputChecks = {},
): { rows: number; columns: number } {
  if (!Array.isArray(matrix) || matrix.length === 0) throw new Error(`${caller}: matrix has no rows (units)`);
  const first = matrix[0];
  if (!Array.isArray(first) || first.length === 0)
    throw new Error(`${caller}: matrix has no columns (indicators)`);
  const columns = first.length;
  for (let i = 0; i < matrix.length; i++) {
    const row = matrix[i];
    if (!Array.isArray(row) || row.length !== columns) {
      const got = Array.isArray(row) ? `${row.length} columns` : 'not an array';
      throw new Error(`${caller}: row ${i} has ${got}, expected ${columns} like row 0`);
    }
    for (let j = 0; j < columns; j++) {
      const v = row[j];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new Error(
          `${caller}: missing or non-finite value at row ${i}, column ${j} (${String(v)}); impute or drop it first`,
        );
      }
    }
  }
  const { weights, polarities } = checks;
  if (weights !== undefined) {
    if (weights.length !== columns) {
      throw new Error(`${caller}: ${weights.length} weights for ${columns} indicators`);
    }
    let sum = 0;
    for (let j = 0; j < columns; j++) {
      const w = weights[j];
      if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
        throw new Error(`${caller}: weight ${j} must be a finite number >= 0, got ${String(w)}`);
      }
      sum += w;
    }
    if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
      throw new Error(`${caller}: weights sum to ${sum}, expected 1; divide each weight by their sum`);
    }
  }
  if (polarities !== undefined) {
    if (polarities.length !== columns) {
      throw new Error(`${caller}: ${polarities.length} polarities for ${columns} indicators`);
    }
    for (let j = 0; j < columns; j++) {
      const p = polarities[j];
      if (p !== 'higher_better' && p !== 'higher_worse') {
        throw new Error(
          `${caller}: polarity ${j} must be 'higher_better' or 'higher_worse', got '${String(p)}'`,
        );
      }
    }
  }
  return { rows: matrix.length, columns };
}
