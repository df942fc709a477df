import { assertClassCount } from './assertClassCount.ts';
import { sortedFiniteValues } from './sortedFiniteValues.ts';

/**
 * Natural breaks: the exact optimal partition (Fisher 1958, the optimum Jenks' method approximates)
 * that minimises the total within-class sum of squared deviations.
 *
 * Solved by dynamic programming over the distinct sorted values, weighted by their multiplicity, so
 * equal values always land in the same class. When there are fewer distinct values than requested
 * classes, each distinct value becomes its own class. Cost is O(classes · d²) for d distinct values:
 * instant for a few thousand counties or districts, slow beyond ~20 000 distinct values.
 *
 * Bounds follow R classInt's `style = "jenks"`: the minimum, then the largest value of each class.
 *
 * @param values - indicator values in any unit; `null`, `undefined`, `NaN` and ±Infinity are ignored
 * @param classes - requested number of classes (integer >= 1)
 * @returns `[min, upper bound of class 0, …, max]`: `min(classes, d) + 1` observed values, strictly
 *   increasing except that the first upper bound equals min when the first class is the minimum alone
 * @throws if `classes` is not a positive integer or there is no finite value
 * @example
 * jenksBreaks([1, 2, 3, 10, 11, 12, 20, 21, 22], 3); // [1, 3, 12, 22]
 */
export function jenksBreaks(values: readonly (number | null | undefined)[], classes: number): number[] {
  assertClassCount(classes, 'jenksBreaks');
  const sorted = sortedFiniteValues(values, 'jenksBreaks');
  const distinct: number[] = [];
  const weight: number[] = [];
  for (const v of sorted) {
    const last = distinct.length - 1;
    if (last >= 0 && distinct[last] === v) weight[last] = weight[last]! + 1;
    else {
      distinct.push(v);
      weight.push(1);
    }
  }
  const d = distinct.length;
  const k = Math.min(classes, d);
  if (k === 1) return [sorted[0]!, sorted[sorted.length - 1]!];

  // Centring before accumulating keeps sum-of-squares differences from cancelling catastrophically.
  const mean = sorted.reduce((s, v) => s + v, 0) / sorted.length;
  const cw = new Float64Array(d + 1);
  const cs = new Float64Array(d + 1);
  const cq = new Float64Array(d + 1);
  for (let i = 0; i < d; i++) {
    const w = weight[i]!;
    const c = distinct[i]! - mean;
    cw[i + 1] = cw[i]! + w;
    cs[i + 1] = cs[i]! + w * c;
    cq[i + 1] = cq[i]! + w * c * c;
  }
  /** Sum of squared deviations of distinct values from..to (inclusive) around their own mean. */
  const ssd = (from: number, to: number): number => {
    const w = cw[to + 1]! - cw[from]!;
    const s = cs[to + 1]! - cs[from]!;
    return Math.max(0, cq[to + 1]! - cq[from]! - (s * s) / w);
  };

  // cost[c][j]: best total SSD of values 0..j in c + 1 classes; start[c][j]: first index of the last class.
  const cost = Array.from({ length: k }, () => new Float64Array(d));
  const start = Array.from({ length: k }, () => new Int32Array(d));
  for (let j = 0; j < d; j++) cost[0]![j] = ssd(0, j);
  for (let c = 1; c < k; c++) {
    const prev = cost[c - 1]!;
    const row = cost[c]!;
    const rowStart = start[c]!;
    // The last class must leave at least c distinct values for the c classes before it.
    for (let j = c; j < d; j++) {
      let best = Number.POSITIVE_INFINITY;
      let bestStart = j;
      for (let m = j; m >= c; m--) {
        const total = prev[m - 1]! + ssd(m, j);
        if (total < best) {
          best = total;
          bestStart = m;
        }
      }
      row[j] = best;
      rowStart[j] = bestStart;
    }
  }

  const upper: number[] = [];
  let end = d - 1;
  for (let c = k - 1; c >= 0; c--) {
    upper.push(distinct[end]!);
    end = c > 0 ? start[c]![end]! - 1 : -1;
  }
  return [distinct[0]!, ...upper.reverse()];
}
