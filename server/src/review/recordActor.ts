import type { Sql } from '@tavazon/data';

/**
 * Names the acting user for the change triggers of migration 0012 (review_stamp, review_record_change),
 * for this transaction only, like projects/recordAs.ts does for the project history.
 */
export async function recordActor(tx: Sql, actorId: number) {
  await tx`SELECT set_config('tavazon.actor_id', ${String(actorId)}, true)`;
}
