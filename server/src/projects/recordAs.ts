import type { Sql } from '@tavazon/data';

/** The client inside `transaction(sql, …)` (@tavazon/data). */
export type Tx = Sql;
/** `scenario`: created by the approval of a scenario (the note names it). */
export type HistoryAction = 'created' | 'updated' | 'imported' | 'progress' | 'scenario';

/**
 * Tells the history trigger of migration 0006 who is acting, what kind of change this is and the note,
 * for the rest of this transaction only (set_config's third argument), so nothing leaks to the next
 * user of the pooled connection.
 */
export async function recordAs(
  tx: Tx,
  actorId: number,
  action: HistoryAction,
  note: string | null | undefined,
) {
  await tx`
    SELECT set_config('tavazon.actor_id', ${String(actorId)}, true),
           set_config('tavazon.action', ${action}, true),
           set_config('tavazon.note', ${note ?? ''}, true)`;
}
