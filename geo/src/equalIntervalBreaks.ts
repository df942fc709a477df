import { assertClassCount } from './assertClassCount.ts';
import { sortedFiniteValues } from './sortedFiniteValues.ts';

/**
 * Equal interval class breaks: the range [min, max] cut into `classes` classes of equal width.
 * Some classes may be empty; that is the point of the method (it shows gaps in the distribution).
 *
 * @param values - indicator values in any unit; `null`, `undefined`, `NaN` and ±Infinity are ignored
 * @param classes - requested number of classes (integer >= 1)
 * @returns `[min, min + w, …, max]` with `w = (max - min) / classes`, the last bound exactly max;
 *   `[v, v]` (one class) when every value equals v
 * @throws if `classes` is not a positive integer or there is no finite value
 */
export function equalIntervalBreaks(
  values: readonly (number | null | undefined)[],
  classes: number,
): number[] {
  assertClassCount(classes, 'equalIntervalBreaks');
  const sorted = sortedFiniteValues(values, 'equalIntervalBreaks');
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  if (min === max) return [min, max];
  const width = (max - min) / classes;
  const breaks = [min];
  for (let i = 1; i < classes; i++) breaks.push(min + i * width);
  breaks.push(max);
  return breaks;
}
