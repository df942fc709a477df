import type { Sql } from '@tavazon/data';
import { hashPassword, passwordSchema } from '../auth/passwords.ts';
import { notFound } from '../errors.ts';
import { issueError } from '../validate.ts';

/**
 * Replaces a user's password and ends their sessions (all but `keepSession`, the one of a user changing
 * their own password), so a leaked password stops working everywhere at once.
 */
export async function setPassword(sql: Sql, userId: number, password: string, keepSession?: string) {
  const checked = passwordSchema.safeParse(password);
  if (!checked.success) throw issueError(checked.error, 'password');
  const hash = await hashPassword(checked.data);
  const [row] = await sql`
    UPDATE app_user SET password_hash = ${hash}, password_changed_at = now(), updated_at = now()
    WHERE id = ${userId} RETURNING id`;
  if (!row) throw notFound('user.not_found', { id: userId }, `user ${userId} not found`, 'id');
  await sql`
    DELETE FROM user_session WHERE user_id = ${userId} AND token_hash IS DISTINCT FROM ${keepSession ?? null}`;
}
