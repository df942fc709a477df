/**
 * Copies values into a Float64Array, refusing anything that is not a finite number. Spatial
 * statistics have no sensible way to skip a unit (its neighbours would change), so missing values
 * must be dealt with (imputed, or the unit dropped from the weights) before calling them.
 *
 * @param values - per-unit values
 * @param caller - name used in the error message
 * @throws naming the first index whose value is missing or not finite
 */
export function toFiniteArray(values: readonly number[], caller: string): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new Error(`${caller}: value ${i} is not a finite number (${String(v)}); impute or drop it first`);
    }
    out[i] = v;
  }
  return out;
}
