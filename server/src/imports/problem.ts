import type { ErrorCode, ErrorParams, ImportProblem } from '@tavazon/contract';
import type { HttpError } from '../errors.ts';

/** One problem of an import file: where, the catalogue's code and params, and the English reason. */
export type RowProblem = ImportProblem & { code: ErrorCode };

type Where = { row: number; column: string | null; value?: string | undefined };

/**
 * A problem with its code's params; the row, the column and the value (as found in the file,
 * shortened) go into the params too, so that the words of the code can name them.
 */
export function problem<C extends ErrorCode>(
  where: Where,
  code: C,
  params: Omit<ErrorParams<C>, keyof Where>,
  reason: string,
): RowProblem {
  const value = where.value === undefined ? {} : { value: where.value.slice(0, 100) };
  return {
    row: where.row,
    column: where.column,
    code,
    params: { row: where.row, column: where.column, ...value, ...params },
    reason,
    ...value,
  };
}

/** A refusal of the API's own (a rule spanning fields) as a problem of a row, its field prefix dropped. */
export function problemFrom(where: Where, err: HttpError): RowProblem {
  return {
    row: where.row,
    column: where.column,
    code: err.code,
    params: { row: where.row, column: where.column, ...err.params },
    reason: err.message.replace(/^\w+: /, ''),
  };
}
