import type { Sql } from '@tavazon/data';

// Failed logins are counted over a sliding 15-minute window, in the database so that a restart does not
// reset them: 5 per username (since its last successful login) and 20 per client address. The address
// limit is higher because a governor's office usually reaches us through one shared address.
export const windowMinutes = 15;
export const perUsername = 5;
export const perAddress = 20;

/**
 * Seconds until a login for this username from this address may be tried again, or 0 if it may be
 * tried now. A refused (throttled) attempt is not counted, so the wait is never extended by retrying.
 */
export async function loginRetryAfter(sql: Sql, username: string, address: string): Promise<number> {
  const [row] = await sql<{ wait: number }[]>`
    WITH by_user AS (
      SELECT at FROM login_attempt
      WHERE username = ${username} AND NOT succeeded AND at > now() - make_interval(mins => ${windowMinutes})
        AND at > coalesce(
          (SELECT max(at) FROM login_attempt WHERE username = ${username} AND succeeded), '-infinity')
      ORDER BY at DESC OFFSET ${perUsername - 1} LIMIT 1
    ), by_address AS (
      SELECT at FROM login_attempt
      WHERE address = ${address} AND NOT succeeded AND at > now() - make_interval(mins => ${windowMinutes})
      ORDER BY at DESC OFFSET ${perAddress - 1} LIMIT 1
    )
    SELECT coalesce(ceil(extract(epoch FROM max(at) + make_interval(mins => ${windowMinutes}) - now())), 0)::int AS wait
    FROM (SELECT at FROM by_user UNION ALL SELECT at FROM by_address) limits`;
  return Math.max(0, row?.wait ?? 0);
}

export async function recordLoginAttempt(sql: Sql, username: string, address: string, succeeded: boolean) {
  await sql`
    INSERT INTO login_attempt (username, address, succeeded)
    VALUES (${username.slice(0, 200)}, ${address.slice(0, 100)}, ${succeeded})`;
  // Older attempts no longer count for anything.
  await sql`DELETE FROM login_attempt WHERE at < now() - interval '1 day'`;
}
