import type { Sql } from '@tavazon/data';

/** How long a key's answer is kept: long enough for any retry, short enough to keep the table small. */
export const keyLifetimeHours = 24;

export interface StoredAnswer {
  fingerprint: string;
  status: number | null;
  contentType: string | null;
  location: string | null;
  body: string | null;
}

/**
 * Claims the key for this request. Returns null when the claim is new (the caller does the work and
 * records its answer), or the row already there (answered, or still being answered by another request).
 * Expired keys of the user are dropped first, so a key can be reused after its lifetime.
 */
export async function claimKey(
  sql: Sql,
  userId: number,
  key: string,
  fingerprint: string,
): Promise<StoredAnswer | null> {
  await sql`DELETE FROM idempotency_key WHERE user_id = ${userId} AND expires_at < now()`;
  const inserted = await sql`
    INSERT INTO idempotency_key (user_id, key, fingerprint, expires_at)
    VALUES (${userId}, ${key}, ${fingerprint}, now() + make_interval(hours => ${keyLifetimeHours}))
    ON CONFLICT (user_id, key) DO NOTHING
    RETURNING 1`;
  if (inserted.length > 0) return null;
  return readKey(sql, userId, key);
}

export async function readKey(sql: Sql, userId: number, key: string): Promise<StoredAnswer | null> {
  const [row] = await sql<StoredAnswer[]>`
    SELECT fingerprint, status, content_type AS "contentType", location, body
    FROM idempotency_key WHERE user_id = ${userId} AND key = ${key}`;
  return row ?? null;
}

export async function recordAnswer(
  sql: Sql,
  userId: number,
  key: string,
  answer: { status: number; contentType: string | null; location: string | null; body: string },
) {
  await sql`
    UPDATE idempotency_key
    SET status = ${answer.status}, content_type = ${answer.contentType}, location = ${answer.location},
        body = ${answer.body}
    WHERE user_id = ${userId} AND key = ${key}`;
}

/** A request that failed on our side (5xx) releases its key, so that a retry does the work again. */
export async function releaseKey(sql: Sql, userId: number, key: string) {
  await sql`DELETE FROM idempotency_key WHERE user_id = ${userId} AND key = ${key} AND status IS NULL`;
}
