/**
 * The finite numbers of `values`, sorted ascending; `null`, `undefined`, `NaN` and ±Infinity are left
 * out (a choropleth shows them as "no data", they do not shape the classes).
 *
 * @param values - raw indicator values, in any order
 * @param caller - name used in the error message
 * @returns a new ascending array with at least one element
 * @throws if no finite value remains
 */
export function sortedFiniteValues(values: readonly (number | null | undefined)[], caller: string): number[] {
  const finite: number[] = [];
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) finite.push(v);
  if (finite.length === 0) {
    throw new Error(`${caller}: no finite values to classify (input has ${values.length} entries)`);
  }
  return finite.sort((a, b) => a - b);
}
