import type { Sql } from '@tavazon/data';

// Failed logins are counted over a sliding 15-minute window, in the database so that a restart does not
// reset them. Counted by username and address TOGETHER: failures from one address never lock the
// account's owner out elsewhere (before, 5 failures for a username blocked it from every address for
// 15 minutes, so anyone could lock the admin out). After `freeFailures` for a pair, each further try
// waits longer: 2, 4, 8 … s, at most `maxDelaySeconds`. One address is also limited across usernames
// (a password spray), 20 per window; a governor's office usually reaches us through one shared address.
export const windowMinutes = 15;
export const freeFailures = 3;
export const maxDelaySeconds = 5 * 60;
export const perAddress = 20;

/** The wait after `failures` failures of a username from an address (0 while under the free count). */
export const delayFor = (failures: number) =>
  failures < freeFailures ? 0 : Math.min(maxDelaySeconds, 2 ** (failures - freeFailures + 1));

/**
 * Seconds until a login for this username from this address may be tried again, or 0 if it may be
 * tried now. A refused (throttled) attempt is not counted, so the wait is never extended by retrying.
 */
export async function loginRetryAfter(sql: Sql, username: string, address: string): Promise<number> {
  const [row] = await sql<{ failures: number; since_last: number | null; address_wait: number }[]>`
    WITH pair AS (
      SELECT at FROM login_attempt
      WHERE username = ${username} AND address = ${address} AND NOT succeeded
        AND at > now() - make_interval(mins => ${windowMinutes})
        AND at > coalesce((SELECT max(at) FROM login_attempt WHERE username = ${username} AND succeeded),
                          '-infinity')
    ), by_address AS (
      SELECT at FROM login_attempt
      WHERE address = ${address} AND NOT succeeded AND at > now() - make_interval(mins => ${windowMinutes})
      ORDER BY at DESC OFFSET ${perAddress - 1} LIMIT 1
    )
    SELECT (SELECT count(*)::int FROM pair) AS failures,
           (SELECT extract(epoch FROM now() - max(at))::float8 FROM pair) AS since_last,
           coalesce((SELECT ceil(extract(epoch FROM at + make_interval(mins => ${windowMinutes}) - now()))::int
                     FROM by_address), 0) AS address_wait`;
  const pairWait = row?.since_last == null ? 0 : Math.ceil(delayFor(row.failures) - row.since_last);
  return Math.max(0, pairWait, row?.address_wait ?? 0);
}

export async function recordLoginAttempt(sql: Sql, username: string, address: string, succeeded: boolean) {
  await sql`
    INSERT INTO login_attempt (username, address, succeeded)
    VALUES (${username.slice(0, 200)}, ${address.slice(0, 100)}, ${succeeded})`;
  // Older attempts no longer count for anything.
  await sql`DELETE FROM login_attempt WHERE at < now() - interval '1 day'`;
}

/** Forgets a username's failed logins from every address (an admin's unlock); returns how many. */
export async function clearLoginFailures(sql: Sql, username: string): Promise<number> {
  const rows = await sql`
    DELETE FROM login_attempt WHERE lower(username) = ${username.trim().toLowerCase()} AND NOT succeeded
    RETURNING id`;
  return rows.length;
}
