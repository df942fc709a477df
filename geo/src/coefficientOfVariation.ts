/**
 * Coefficient of variation: population standard deviation divided by the mean,
 * CV = sqrt(Σ (y_i − ȳ)² / n) / ȳ. Unweighted: every unit (county, province) counts once.
 *
 * The population sd (divisor n, not n − 1) is used because the units mapped are all the units of the
 * region, not a sample; multiply by sqrt(n / (n − 1)) for the sample version.
 *
 * @param values - per-unit values, finite, with a positive mean (any unit; CV is unitless)
 * @returns CV >= 0 (unitless; multiply by 100 for percent)
 * @throws if values is empty, has a non-finite entry, or its mean is not positive
 */
export function coefficientOfVariation(values: readonly number[]): number {
  const n = values.length;
  if (n === 0) throw new Error('coefficientOfVariation: values is empty');
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new Error(`coefficientOfVariation: value ${i} is not a finite number (${String(v)})`);
    }
    sum += v;
  }
  const mean = sum / n;
  if (!(mean > 0)) throw new Error(`coefficientOfVariation: mean must be positive, got ${mean}`);
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  return Math.sqrt(squares / n) / mean;
}
