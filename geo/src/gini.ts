import { lorenzCurve } from './lorenzCurve.ts';

/**
 * Gini coefficient: G = 1 − 2 · (area under the Lorenz curve), by the trapezoid rule, with no
 * small-sample correction (R's `ineq::Gini(x, corr = FALSE)`). 0 is perfect equality; the maximum for
 * n equal-weight units is 1 − 1/n (one unit holds everything).
 *
 * Weighted form (e.g. per-capita values weighted by population): the Lorenz curve's x axis is the
 * cumulative weight share and its y axis the cumulative share of value × weight, so each county
 * counts in proportion to its people rather than as one unit.
 *
 * @param values - per-unit values, finite and >= 0
 * @param weights - optional per-unit weights, finite and >= 0 (e.g. population)
 * @returns G in [0, 1)
 * @throws if inputs are empty, negative, non-finite, misaligned, or the weighted total is 0
 * @example
 * gini([1, 1, 1, 1]); // 0
 * gini([0, 0, 0, 1]); // 0.75
 */
export function gini(values: readonly number[], weights?: readonly number[]): number {
  const curve = lorenzCurve(values, weights);
  let twiceArea = 0;
  for (let k = 1; k < curve.length; k++) {
    const [x0, y0] = curve[k - 1]!;
    const [x1, y1] = curve[k]!;
    twiceArea += (x1 - x0) * (y1 + y0);
  }
  return 1 - twiceArea;
}
