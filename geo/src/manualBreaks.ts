import { assertBreaks } from './assertBreaks.ts';

/**
 * Validates planner-chosen class bounds and returns them in the shape `classify` expects.
 *
 * `breaks` is `[lowest bound, upper bound of class 0, …, upper bound of class k-1]` in the units of
 * the mapped indicator (e.g. `[0, 5, 10, 15, 40]` percent gives 4 classes). Values outside
 * `[breaks[0], breaks[k]]` are reported by `classify` as out of range rather than forced into the end
 * classes, so a legend never claims "≤ 40" for a county at 55.
 *
 * @param breaks - k + 1 bounds, strictly increasing (only `breaks[1]` may equal `breaks[0]`)
 * @returns a copy of the breaks
 * @throws if fewer than 2 bounds are given, a bound is not finite, or the order is wrong
 */
export function manualBreaks(breaks: readonly number[]): number[] {
  assertBreaks(breaks, 'manualBreaks');
  return [...breaks];
}
