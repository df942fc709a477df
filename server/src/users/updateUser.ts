import { type Sql, transaction } from '@tavazon/data';
import { z } from 'zod';
import { passwordSchema } from '../auth/passwords.ts';
import { conflict, notFound } from '../errors.ts';
import type { UserRow } from './createUser.ts';
import { setPassword } from './setPassword.ts';
import {
  checkProvinces,
  displayNameSchema,
  provincesSchema,
  publicUserColumns,
  roleSchema,
} from './userFields.ts';

export const userPatchSchema = z.strictObject({
  role: roleSchema.optional(),
  provinces: provincesSchema.optional(),
  display_name: displayNameSchema.optional(),
  disabled: z.boolean({ message: 'must be true or false' }).optional(),
  password: passwordSchema.optional(),
});
export type UserPatch = z.output<typeof userPatchSchema>;

/**
 * An admin's change to an account. Disabling ends the user's sessions at once; so does a new password.
 * The last active admin can be neither demoted nor disabled: nobody could manage accounts any more.
 */
export async function updateUser(sql: Sql, id: number, patch: UserPatch): Promise<UserRow> {
  if (patch.provinces) await checkProvinces(sql, patch.provinces);
  const row = await transaction(sql, async (tx) => {
    // Serialises admin changes so two admins cannot demote each other past the last-admin check.
    await tx`SELECT pg_advisory_xact_lock(7290332)`;
    const [current] = await tx<{ role: string; disabled: boolean }[]>`
      SELECT role, disabled FROM app_user WHERE id = ${id}`;
    if (!current) throw notFound('user.not_found', { id }, `user ${id} not found`, 'id');
    const losesAdmin =
      current.role === 'admin' &&
      !current.disabled &&
      ((patch.role !== undefined && patch.role !== 'admin') || patch.disabled === true);
    if (losesAdmin) {
      const [row] = await tx<{ admins: number }[]>`
        SELECT count(*)::int AS admins FROM app_user WHERE role = 'admin' AND NOT disabled`;
      if ((row?.admins ?? 0) <= 1) {
        throw conflict(
          'user.last_admin',
          { id },
          `${patch.disabled ? 'disabled' : 'role'}: user ${id} is the last active admin`,
          patch.disabled ? 'disabled' : 'role',
        );
      }
    }
    const [updated] = await tx<UserRow[]>`
      UPDATE app_user SET
        role = coalesce(${patch.role ?? null}, role),
        provinces = coalesce(${patch.provinces ? tx.array(patch.provinces) : null}::text[], provinces),
        display_name = CASE WHEN ${patch.display_name !== undefined} THEN ${patch.display_name ?? null}::text
                       ELSE display_name END,
        disabled = coalesce(${patch.disabled ?? null}::boolean, disabled),
        updated_at = now()
      WHERE id = ${id}
      RETURNING ${publicUserColumns(tx)}`;
    if (patch.disabled) await tx`DELETE FROM user_session WHERE user_id = ${id}`;
    return updated!;
  });
  if (patch.password) await setPassword(sql, id, patch.password);
  return row;
}
