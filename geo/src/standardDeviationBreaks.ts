import { sortedFiniteValues } from './sortedFiniteValues.ts';

export interface StandardDeviationBreaksOptions {
  /** Class width in standard deviations (default 1; 0.5 gives finer classes). */
  readonly interval?: number;
}

/**
 * Standard deviation class breaks: bounds at `mean + j · interval · sd` for every integer j whose
 * bound falls strictly inside (min, max), plus min and max as the outer bounds. With the default
 * interval of 1 the classes read "below −1 sd", "−1 sd to mean", "mean to +1 sd", …, so the mean is
 * always a break when it lies strictly inside the range.
 *
 * `sd` is the population standard deviation (divisor n): the counties of a province are the whole
 * population being mapped, not a sample of it.
 *
 * @param values - indicator values in any unit; `null`, `undefined`, `NaN` and ±Infinity are ignored
 * @param options - `interval`: class width in standard deviations (> 0, default 1)
 * @returns `[min, …, max]`, strictly increasing; `[v, v]` (one class) when every value equals v
 * @throws if `interval` is not a positive finite number or there is no finite value
 */
export function standardDeviationBreaks(
  values: readonly (number | null | undefined)[],
  options: StandardDeviationBreaksOptions = {},
): number[] {
  const interval = options.interval ?? 1;
  if (!(interval > 0) || !Number.isFinite(interval)) {
    throw new Error(`standardDeviationBreaks: interval must be a positive number of sd, got ${interval}`);
  }
  const sorted = sortedFiniteValues(values, 'standardDeviationBreaks');
  const n = sorted.length;
  const min = sorted[0]!;
  const max = sorted[n - 1]!;
  if (min === max) return [min, max];
  let sum = 0;
  for (const v of sorted) sum += v;
  const mean = sum / n;
  let squares = 0;
  for (const v of sorted) squares += (v - mean) ** 2;
  const step = interval * Math.sqrt(squares / n);
  const breaks = [min];
  const lowest = Math.ceil((min - mean) / step);
  const highest = Math.floor((max - mean) / step);
  for (let j = lowest; j <= highest; j++) {
    const bound = mean + j * step;
    if (bound > min && bound < max) breaks.push(bound);
  }
  breaks.push(max);
  return breaks;
}
