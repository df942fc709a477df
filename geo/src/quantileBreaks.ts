import { assertClassCount } from './assertClassCount.ts';
import { sortedFiniteValues } from './sortedFiniteValues.ts';

/**
 * Quantile (equal count) class breaks.
 *
 * Upper bounds are observed values: the upper bound of class i (0-based) is the value at rank
 * `ceil((i + 1) * n / k)` of the sorted data, R's `quantile(type = 1)` (inverse empirical CDF). So
 * equal values never straddle a break and every class is non-empty; when ties make two bounds equal
 * the later one is dropped and fewer classes come back, which is how too few distinct values show.
 *
 * @param values - indicator values in any unit; `null`, `undefined`, `NaN` and ±Infinity are ignored
 * @param classes - requested number of classes (integer >= 1)
 * @returns `[min, upper bound of class 0, …, max]`: at most `classes + 1` values, strictly increasing
 *   except that the first upper bound may equal the minimum
 * @throws if `classes` is not a positive integer or there is no finite value
 */
export function quantileBreaks(values: readonly (number | null | undefined)[], classes: number): number[] {
  assertClassCount(classes, 'quantileBreaks');
  const sorted = sortedFiniteValues(values, 'quantileBreaks');
  const n = sorted.length;
  const breaks = [sorted[0]!];
  for (let i = 1; i <= classes; i++) {
    const bound = sorted[Math.ceil((i * n) / classes) - 1]!;
    const last = breaks[breaks.length - 1]!;
    if (bound > last || breaks.length === 1) breaks.push(bound);
  }
  return breaks;
}
