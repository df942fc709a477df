import { assertBreaks } from './assertBreaks.ts';

/** Class membership of each value and the number of values per class. */
export interface Classification {
  /** Per input value: its 0-based class, or `null` if it is missing or out of range. */
  readonly classIndex: (number | null)[];
  /** Per class: how many values fell in it (`counts.length === breaks.length - 1`). */
  readonly counts: number[];
  /** Values that are `null`, `undefined`, `NaN` or ±Infinity ("no data" on the map). */
  readonly missing: number;
  /** Finite values below `breaks[0]` or above the last break (only possible with manual breaks). */
  readonly outOfRange: number;
}

/**
 * Assigns values to choropleth classes.
 *
 * Classes are closed on the right: class i holds values v with `breaks[i] < v <= breaks[i + 1]`, and
 * class 0 also holds `v === breaks[0]`. So a value equal to a break always belongs to the class the
 * break is the upper bound of (as in ArcGIS, QGIS and PySAL's mapclassify), matching the bounds
 * returned by `quantileBreaks`, `jenksBreaks`, `equalIntervalBreaks`, `standardDeviationBreaks` and
 * `manualBreaks`.
 *
 * @param values - indicator values, same units as the breaks; missing values are counted, not classed
 * @param breaks - `[lowest bound, upper bound of class 0, …, upper bound of class k-1]`
 * @returns class index per value, counts per class, and the numbers of missing and out-of-range values
 * @throws if the breaks are malformed (see `manualBreaks`)
 */
export function classify(
  values: readonly (number | null | undefined)[],
  breaks: readonly number[],
): Classification {
  assertBreaks(breaks, 'classify');
  const k = breaks.length - 1;
  const counts = new Array<number>(k).fill(0);
  const classIndex: (number | null)[] = [];
  let missing = 0;
  let outOfRange = 0;
  const lowest = breaks[0]!;
  const highest = breaks[k]!;
  for (const v of values) {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      classIndex.push(null);
      missing++;
      continue;
    }
    if (v < lowest || v > highest) {
      classIndex.push(null);
      outOfRange++;
      continue;
    }
    // Smallest upper bound >= v; breaks[1..k] are the upper bounds.
    let lo = 1;
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (breaks[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    classIndex.push(lo - 1);
    counts[lo - 1] = (counts[lo - 1] ?? 0) + 1;
  }
  return { classIndex, counts, missing, outOfRange };
}
