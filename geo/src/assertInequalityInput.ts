/**
 * Validates the inputs shared by the Lorenz-curve based measures (Gini, Theil): values finite and
 * non-negative, optional weights finite, non-negative and aligned with the values, and a positive
 * weighted total (a share of nothing is undefined).
 *
 * @param values - per-unit values (e.g. income, unemployment rate)
 * @param weights - optional per-unit weights (e.g. population), same length as `values`
 * @param caller - name used in error messages
 * @throws with the offending index when a check fails
 */
export function assertInequalityInput(
  values: readonly number[],
  weights: readonly number[] | undefined,
  caller: string,
): void {
  if (values.length === 0) throw new Error(`${caller}: values is empty`);
  if (weights !== undefined && weights.length !== values.length) {
    throw new Error(`${caller}: weights has ${weights.length} entries but values has ${values.length}`);
  }
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new Error(`${caller}: value ${i} is not a finite number (${String(v)})`);
    }
    if (v < 0) throw new Error(`${caller}: value ${i} is negative (${v}); shares need values >= 0`);
    const w = weights === undefined ? 1 : weights[i]!;
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      throw new Error(`${caller}: weight ${i} must be a finite number >= 0, got ${String(w)}`);
    }
    total += v * w;
  }
  if (!(total > 0))
    throw new Error(`${caller}: the (weighted) total of values is 0, so shares are undefined`);
}
