import { suggestionLimits } from '@tavazon/contract';
import { type Sql, transaction } from '@tavazon/data';

const { perAddress, windowMinutes } = suggestionLimits;

/**
 * Counts a submission from this client address and says whether it may go through: 0 if so, else the
 * seconds until the oldest counting submission leaves the window (Retry-After). The address is stored
 * only as an HMAC-like hash keyed by a secret of the database (migration 0013), and only for the hour it
 * counts; a refused submission is not counted, so retrying does not extend the wait.
 */
export async function takeSubmission(sql: Sql, address: string): Promise<number> {
  return transaction(sql, async (tx) => {
    const [row] = await tx<{ hash: string }[]>`
      SELECT encode(sha256(convert_to(k.key || '|' || ${address.slice(0, 100)}, 'UTF8')), 'hex') AS hash
      FROM suggestion_hash_key k`;
    const hash = row!.hash;
    // One submission of an address at a time: two at once must not both see a count of 4.
    await tx`SELECT pg_advisory_xact_lock(hashtext(${hash}))`;
    await tx`DELETE FROM suggestion_attempt WHERE at < now() - make_interval(mins => ${windowMinutes})`;
    const [wait] = await tx<{ seconds: number }[]>`
      SELECT coalesce(ceil(extract(epoch FROM at + make_interval(mins => ${windowMinutes}) - now()))::int, 0)
        AS seconds
      FROM suggestion_attempt WHERE address_hash = ${hash}
      ORDER BY at DESC OFFSET ${perAddress - 1} LIMIT 1`;
    if (wait && wait.seconds > 0) return wait.seconds;
    await tx`INSERT INTO suggestion_attempt (address_hash) VALUES (${hash})`;
    return 0;
  });
}
