import { provinceParam } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import { z } from 'zod';
import { roles } from '../auth/sessions.ts';
import { badRequest } from '../errors.ts';

// The fields of an account as the API and the CLI accept them.

export const usernameSchema = z
  .string({ message: 'must be text' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, 'must be 2–40 letters a–z, digits, dot, dash or underscore');

export const roleSchema = z.enum(roles, { message: `must be one of ${roles.join(', ')}` });

export const provincesSchema = z
  .array(provinceParam, { message: 'must be a list of province codes such as IR-19' })
  .max(31, 'must list at most 31 provinces')
  .transform((list) => [...new Set(list)].sort());

export const displayNameSchema = z
  .string({ message: 'must be text' })
  .trim()
  .max(100, 'must be at most 100 characters')
  .nullable();

/** Every listed province must exist in the current boundaries. */
export async function checkProvinces(sql: Sql, provinces: string[]) {
  if (provinces.length === 0) return;
  const known = await sql<{ code: string }[]>`
    SELECT code FROM admin_unit WHERE boundary_set = 'current' AND level = 'province' AND code IN ${sql(provinces)}`;
  const unknown = provinces.filter((p) => !known.some((k) => k.code === p));
  if (unknown.length)
    throw badRequest(
      'province.unknown',
      { provinces: unknown },
      `provinces: unknown province ${unknown.join(', ')}`,
      'provinces',
    );
}

/** An account as the admin endpoints show it (never the hash). */
export const publicUserColumns = (sql: Sql) => sql`
  id::int AS id, username, display_name, role, provinces, disabled, created_at, updated_at, password_changed_at`;
