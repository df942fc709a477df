import type { CountyValuesRow } from '../queries/countyValues.ts';

/**
 * Splits the counties of a scope into those with a value for every indicator needed and those
 * without. The analyses run on the first and list the second as `missing`, so a gap in the data is
 * visible in the response instead of silently shrinking the set of counties compared.
 */
export function completeCases(rows: readonly CountyValuesRow[], needed: readonly string[]) {
  const complete: CountyValuesRow[] = [];
  const missing: string[] = [];
  for (const row of rows) {
    if (needed.every((code) => row.values[code] !== null && row.values[code] !== undefined))
      complete.push(row);
    else missing.push(row.code);
  }
  return { complete, missing };
}

/** The values of one indicator over rows that `completeCases` kept (so none is null). */
export const column = (rows: readonly CountyValuesRow[], code: string): number[] =>
  rows.map((r) => r.values[code] as number);
