/**
 * Williamson's population-weighted coefficient of variation (Williamson 1965), the classic measure of
 * regional income disparity: V_w = sqrt(Σ (y_i − ȳ)² · p_i / P) / ȳ, where ȳ = Σ p_i y_i / P is the
 * population-weighted mean (the national per-capita figure) and P = Σ p_i.
 *
 * Large regions move it more than small ones, unlike the unweighted coefficient of variation.
 *
 * @param values - per-capita (or per-person rate) values per region, finite, positive weighted mean
 * @param populations - population per region, finite and >= 0, same length, positive total
 * @returns V_w >= 0 (unitless)
 * @throws if inputs are empty, misaligned, non-finite, populations negative or summing to 0, or the
 *   weighted mean is not positive
 */
export function williamsonIndex(values: readonly number[], populations: readonly number[]): number {
  const n = values.length;
  if (n === 0) throw new Error('williamsonIndex: values is empty');
  if (populations.length !== n) {
    throw new Error(`williamsonIndex: populations has ${populations.length} entries but values has ${n}`);
  }
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    const p = populations[i]!;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new Error(`williamsonIndex: value ${i} is not a finite number (${String(v)})`);
    }
    if (typeof p !== 'number' || !Number.isFinite(p) || p < 0) {
      throw new Error(`williamsonIndex: population ${i} must be a finite number >= 0, got ${String(p)}`);
    }
    total += p;
    weighted += p * v;
  }
  if (!(total > 0)) throw new Error('williamsonIndex: populations sum to 0');
  const mean = weighted / total;
  if (!(mean > 0)) throw new Error(`williamsonIndex: weighted mean must be positive, got ${mean}`);
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i]! - mean) ** 2 * populations[i]!;
  return Math.sqrt(squares / total) / mean;
}
