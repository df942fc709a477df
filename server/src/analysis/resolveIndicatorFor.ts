import type { Sql } from '@tavazon/data';
import { HttpError } from '../errors.ts';
import { type IndicatorRef, resolveIndicator } from '../lookups.ts';

/**
 * `resolveIndicator` for an indicator the caller named in some other field than `indicator` (the
 * `weight`, one of the composite's `indicators`): a 404 then names that field and says which role the
 * indicator plays, so "population has no values" is not mistaken for a problem with the main one.
 * `periodField` names the field to blame when the period has no values, if the caller chose it.
 */
export async function resolveIndicatorFor(
  sql: Sql,
  set: string,
  code: string,
  period: string | undefined,
  field: string,
  periodField?: string,
): Promise<IndicatorRef> {
  try {
    return await resolveIndicator(sql, set, code, period);
  } catch (err) {
    if (err instanceof HttpError) {
      const blamed = err.field === 'period' && periodField ? periodField : field;
      throw new HttpError(err.status, err.code, err.params, `${blamed}: ${err.message}`, { field: blamed });
    }
    throw err;
  }
}
