// TEMPORARY: a plain quantile classification for the legend, to be replaced by the classification
// functions of @tavazon/geo (quantile / Jenks) once they land. Keep all class logic in this file.

export interface Classes {
  /** Upper bounds of every class but the last; values >= breaks[i] fall in class i + 1. */
  breaks: number[];
  min: number;
  max: number;
}

/** Up to `count` classes holding about the same number of values; fewer when values repeat. */
export function quantileBreaks(values: readonly number[], count: number): Classes | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === undefined || max === undefined) return null;
  const breaks: number[] = [];
  for (let i = 1; i < count; i++) {
    const value = sorted[Math.floor((i * sorted.length) / count)];
    // Equal thresholds would make empty classes, so repeated values merge them.
    if (value !== undefined && value > min && value !== breaks[breaks.length - 1]) breaks.push(value);
  }
  return { breaks, min, max };
}

export function classOf(classes: Classes, value: number): number {
  let index = 0;
  while (index < classes.breaks.length && value >= (classes.breaks[index] ?? Number.POSITIVE_INFINITY))
    index++;
  return index;
}
