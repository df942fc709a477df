import type { ScenarioStatus } from '@tavazon/contract';
import { type Sql, transaction } from '@tavazon/data';
import type { SessionUser } from '../auth/sessions.ts';
import { conflict, notFound } from '../errors.ts';
import { readScenario } from './readScenario.ts';

type Action = 'edit' | 'submit' | 'approve' | 'return';

const pastTense: Record<Action, string> = {
  edit: 'edited',
  submit: 'submitted',
  approve: 'approved',
  return: 'returned',
};

/** Thrown inside the transaction; answered after the rollback with the scenario as it is now. */
class StaleScenario extends Error {}

/**
 * Locks the scenario's row for the rest of the transaction and checks that the request is based on its
 * current `updated_at` (to the millisecond, as the API writes it) and that `action` is possible in its
 * status: two approvals, or an edit racing a submission, cannot both win.
 */
export async function lockScenario(
  tx: Sql,
  id: number,
  updatedAt: string,
  action: Action,
  allowed: readonly ScenarioStatus[],
) {
  const [row] = await tx<{ name: string; province: string; status: ScenarioStatus; stale: boolean }[]>`
    SELECT name, province_code AS province, status,
           date_trunc('milliseconds', updated_at) <> date_trunc('milliseconds', ${updatedAt}::timestamptz) AS stale
    FROM scenario WHERE id = ${id} FOR UPDATE`;
  if (!row) throw notFound('scenario.not_found', { id }, `scenario ${id} not found`, 'id');
  if (row.stale) throw new StaleScenario();
  if (!allowed.includes(row.status)) {
    throw conflict(
      'scenario.status',
      { id, status: row.status, action },
      `status: a ${row.status} scenario cannot be ${pastTense[action]}`,
      'status',
    );
  }
  return row;
}

/** `fn` in a transaction; a stale request becomes a 409 carrying the scenario as it is now (`current`). */
export async function underLock<T>(
  sql: Sql,
  user: SessionUser,
  id: number,
  fn: (tx: Sql) => Promise<T>,
): Promise<T> {
  try {
    return await transaction(sql, fn);
  } catch (err) {
    if (!(err instanceof StaleScenario)) throw err;
    throw conflict(
      'scenario.stale',
      { id },
      'updated_at: the scenario was changed by someone else meanwhile; reload it',
      'updated_at',
      { current: await readScenario(sql, id, user) },
    );
  }
}
