import { assertInequalityInput } from './assertInequalityInput.ts';

/**
 * Lorenz curve of a distribution: units sorted by value ascending, x = cumulative share of units
 * (or of weight, e.g. population), y = cumulative share of the total (value × weight).
 *
 * With population weights and per-capita values (rates, income per head), x is the share of people
 * and y their share of the aggregate, which is what "the poorest 20% hold 5%" statements mean.
 *
 * @param values - per-unit values, finite and >= 0 (any unit; only shares matter)
 * @param weights - optional per-unit weights, finite and >= 0 (default: every unit weighs 1)
 * @returns `[x, y]` points, both shares in [0, 1]: `[0, 0]` first, `[1, 1]` last, one point per unit
 * @throws if inputs are empty, negative, non-finite, misaligned, or the weighted total is 0
 */
export function lorenzCurve(values: readonly number[], weights?: readonly number[]): [number, number][] {
  assertInequalityInput(values, weights, 'lorenzCurve');
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  let totalWeight = 0;
  let totalAmount = 0;
  for (let i = 0; i < n; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    totalWeight += w;
    totalAmount += w * values[i]!;
  }
  const points: [number, number][] = [[0, 0]];
  let cumWeight = 0;
  let cumAmount = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const w = weights === undefined ? 1 : weights[i]!;
    cumWeight += w;
    cumAmount += w * values[i]!;
    points.push([cumWeight / totalWeight, cumAmount / totalAmount]);
  }
  // Running sums can land a few ulps off 1; the curve must end exactly at the corner.
  points[n] = [1, 1];
  return points;
}
