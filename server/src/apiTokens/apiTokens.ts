import { createHash, randomBytes } from 'node:crypto';
import type { ApiTokenInfo, NewApiToken } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import type { SessionUser } from '../auth/sessions.ts';

// Read-only API tokens (migration 0015): the secret is `tvz_` and 43 base64url characters, shown once
// when created; only its SHA-256 is stored, like the session tokens.

const digest = (token: string) => createHash('sha256').update(token).digest('hex');
const tokenPattern = /^tvz_[A-Za-z0-9_-]{43}$/;

const infoColumns = (sql: Sql) => sql`
  t.id::int AS id, t.name, t.role, t.prefix, t.created_at, u.username AS created_by,
  t.expires_at, t.last_used_at, t.revoked_at`;

export async function createApiToken(sql: Sql, input: NewApiToken, createdBy: number) {
  const token = `tvz_${randomBytes(32).toString('base64url')}`;
  const [row] = await sql<ApiTokenInfo[]>`
    WITH made AS (
      INSERT INTO api_token (token_hash, prefix, name, role, created_by, expires_at)
      VALUES (${digest(token)}, ${token.slice(0, 8)}, ${input.name}, ${input.role}, ${createdBy},
              ${input.expires_in_days ? sql`now() + make_interval(days => ${input.expires_in_days})` : null})
      RETURNING *
    )
    SELECT ${infoColumns(sql)} FROM made t LEFT JOIN app_user u ON u.id = t.created_by`;
  return { ...row!, token };
}

/** Every token, newest first, revoked ones too (the list is the record of what was handed out). */
export async function listApiTokens(sql: Sql) {
  return sql<ApiTokenInfo[]>`
    SELECT ${infoColumns(sql)} FROM api_token t LEFT JOIN app_user u ON u.id = t.created_by
    ORDER BY t.id DESC`;
}

/** Revokes a token (kept, with the time); undefined if there is no token of this id. */
export async function revokeApiToken(sql: Sql, id: number) {
  const [row] = await sql<{ name: string; role: string }[]>`
    UPDATE api_token SET revoked_at = coalesce(revoked_at, now()) WHERE id = ${id}
    RETURNING name, role`;
  return row;
}

/**
 * The reader a live token stands for, or null. It is no account: id 0 owns nothing, `provinces` is
 * empty and its CSRF token is random and never told, so no state-changing check could pass even if the
 * GET-only rule of the middleware were bypassed. `last_used_at` moves at most once a minute.
 */
export async function findApiTokenReader(sql: Sql, token: string): Promise<SessionUser | null> {
  if (!tokenPattern.test(token)) return null;
  const tokenHash = digest(token);
  // Read, and written only when last_used_at is a minute old: a GIS paging through a layer sends many GETs.
  const [row] = await sql<{ id: number; name: string; role: 'viewer' | 'planner' }[]>`
    WITH live AS (
      SELECT id, name, role, last_used_at FROM api_token
      WHERE token_hash = ${tokenHash} AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
    ), touched AS (
      UPDATE api_token t SET last_used_at = now()
      FROM live WHERE t.id = live.id AND (live.last_used_at IS NULL OR live.last_used_at < now() - interval '1 minute')
      RETURNING t.id
    )
    SELECT live.id::int AS id, live.name, live.role FROM live`;
  if (!row) return null;
  const far = new Date(Date.now() + 60_000);
  return {
    id: 0,
    username: `token:${row.name}`,
    displayName: row.name,
    role: row.role,
    provinces: [],
    csrfToken: randomBytes(32).toString('base64url'),
    tokenHash,
    expiresAt: far,
    idleExpiresAt: far,
  };
}
