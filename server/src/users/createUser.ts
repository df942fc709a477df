import type { Role } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import { z } from 'zod';
import { hashPassword, passwordSchema } from '../auth/passwords.ts';
import { conflict } from '../errors.ts';
import { issueError } from '../validate.ts';
import {
  checkProvinces,
  displayNameSchema,
  provincesSchema,
  publicUserColumns,
  roleSchema,
  usernameSchema,
} from './userFields.ts';

export const newUserSchema = z.strictObject({
  username: usernameSchema,
  role: roleSchema,
  provinces: provincesSchema.default([]),
  password: passwordSchema,
  display_name: displayNameSchema.optional(),
});
export type NewUser = z.input<typeof newUserSchema>;

export interface UserRow {
  id: number;
  username: string;
  display_name: string | null;
  role: Role;
  provinces: string[];
  disabled: boolean;
  created_at: Date;
  updated_at: Date;
  password_changed_at: Date;
}

/**
 * Creates an account: the one way accounts come to be, used by `pnpm user:create`, `POST /api/users`
 * and the tests. Throws a 400 naming the field for bad input and a 409 for a taken username.
 */
export async function createUser(sql: Sql, input: NewUser): Promise<UserRow> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    throw issueError(parsed.error, 'user');
  }
  const u = parsed.data;
  await checkProvinces(sql, u.provinces);
  const passwordHash = await hashPassword(u.password);
  const [row] = await sql<UserRow[]>`
    INSERT INTO app_user (username, display_name, role, provinces, password_hash)
    VALUES (${u.username}, ${u.display_name ?? null}, ${u.role}, ${sql.array(u.provinces)}::text[], ${passwordHash})
    ON CONFLICT (username) DO NOTHING
    RETURNING ${publicUserColumns(sql)}`;
  if (!row)
    throw conflict(
      'user.username_taken',
      { username: u.username },
      `username: ${u.username} is taken`,
      'username',
    );
  return row;
}
