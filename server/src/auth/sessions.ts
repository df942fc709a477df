import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';

export { type Role, roles } from '@tavazon/contract';

// Lifetimes (README and docs/api.md say the same): a session ends after 8 hours without a request, and
// 7 days after sign-in whatever happens. The idle end is pushed forward at most once a minute, so a busy
// session does not write to the database on every request.
export const idleHours = 8;
export const absoluteDays = 7;

export interface SessionUser {
  id: number;
  username: string;
  displayName: string | null;
  role: Role;
  /** Provinces a planner may edit; empty means all. */
  provinces: string[];
  csrfToken: string;
  tokenHash: string;
  expiresAt: Date;
  idleExpiresAt: Date;
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');
const randomToken = () => randomBytes(32).toString('base64url');

/** Opens a session for a user who just proved their password; the token goes into the cookie only. */
export async function createSession(
  sql: Sql,
  userId: number,
  client: { address: string; userAgent: string | undefined },
) {
  const token = randomToken();
  const [row] = await sql<{ expires_at: Date; idle_expires_at: Date; csrf_token: string }[]>`
    INSERT INTO user_session (token_hash, user_id, csrf_token, idle_expires_at, expires_at, address, user_agent)
    VALUES (${digest(token)}, ${userId}, ${randomToken()},
            now() + make_interval(hours => ${idleHours}), now() + make_interval(days => ${absoluteDays}),
            ${client.address}, ${client.userAgent?.slice(0, 300) ?? null})
    RETURNING expires_at, idle_expires_at, csrf_token`;
  // Expired sessions are useless; removing them here keeps the table small without a scheduler.
  await sql`DELETE FROM user_session WHERE expires_at < now() OR idle_expires_at < now()`;
  return {
    token,
    csrfToken: row!.csrf_token,
    expiresAt: row!.expires_at,
    idleExpiresAt: row!.idle_expires_at,
  };
}

/** The user of a live session (not expired, account not disabled), pushing its idle end forward. */
export async function findSession(sql: Sql, token: string): Promise<SessionUser | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const tokenHash = digest(token);
  const [row] = await sql<Omit<SessionUser, 'tokenHash'>[]>`
    WITH live AS (
      SELECT s.token_hash, s.csrf_token, s.expires_at, s.idle_expires_at, s.last_seen_at,
             u.id, u.username, u.display_name, u.role, u.provinces
      FROM user_session s JOIN app_user u ON u.id = s.user_id
      WHERE s.token_hash = ${tokenHash} AND s.expires_at > now() AND s.idle_expires_at > now()
        AND NOT u.disabled
    ), touched AS (
      UPDATE user_session s
      SET last_seen_at = now(), idle_expires_at = least(now() + make_interval(hours => ${idleHours}), s.expires_at)
      FROM live WHERE s.token_hash = live.token_hash AND live.last_seen_at < now() - interval '1 minute'
      RETURNING s.idle_expires_at
    )
    SELECT live.id::int AS id, live.username, live.display_name AS "displayName", live.role,
           live.provinces, live.csrf_token AS "csrfToken", live.expires_at AS "expiresAt",
           coalesce((SELECT idle_expires_at FROM touched), live.idle_expires_at) AS "idleExpiresAt"
    FROM live`;
  return row ? { ...row, tokenHash } : null;
}

export async function endSession(sql: Sql, tokenHash: string) {
  await sql`DELETE FROM user_session WHERE token_hash = ${tokenHash}`;
}
