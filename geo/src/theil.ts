import { assertInequalityInput } from './assertInequalityInput.ts';

/**
 * Theil T index (GE(1)): T = Σ s_i · ln(y_i / ȳ), with s_i = w_i·y_i / Σ w·y the unit's share of the
 * total and ȳ = Σ w·y / Σ w the weighted mean. Unweighted (all w_i = 1) this is
 * (1/n) Σ (y_i/ȳ) ln(y_i/ȳ). Units with y_i = 0 contribute 0 (the limit of s·ln s).
 *
 * 0 is perfect equality; the maximum is ln(Σw / w_k) when one unit k holds everything (ln n
 * unweighted). Unlike Gini it splits exactly into between- and within-group parts
 * (see `theilDecomposition`).
 *
 * @param values - per-unit values, finite and >= 0 (negative values throw)
 * @param weights - optional per-unit weights, finite and >= 0 (e.g. population)
 * @returns T >= 0, in nats (natural logarithm)
 * @throws if inputs are empty, negative, non-finite, misaligned, or the weighted total is 0
 */
export function theil(values: readonly number[], weights?: readonly number[]): number {
  assertInequalityInput(values, weights, 'theil');
  let totalWeight = 0;
  let totalAmount = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    totalWeight += w;
    totalAmount += w * values[i]!;
  }
  const mean = totalAmount / totalWeight;
  let t = 0;
  for (let i = 0; i < values.length; i++) {
    const y = values[i]!;
    const w = weights === undefined ? 1 : weights[i]!;
    if (y > 0 && w > 0) t += ((w * y) / totalAmount) * Math.log(y / mean);
  }
  return t;
}
