import type { SessionUser } from '../auth/sessions.ts';
import { forbidden } from '../errors.ts';

/** Whether the user may create or edit projects in this province (admins: all; viewers: none). */
export function mayEditIn(user: Pick<SessionUser, 'role' | 'provinces'>, province: string): boolean {
  if (user.role === 'admin') return true;
  if (user.role !== 'planner') return false;
  return user.provinces.length === 0 || user.provinces.includes(province);
}

/** 403 unless the user may edit in this province; `what` says which province is meant. */
export function assertMayEditIn(
  user: Pick<SessionUser, 'role' | 'provinces'>,
  province: string,
  what: string,
  field = 'location',
) {
  if (!mayEditIn(user, province)) {
    throw forbidden(
      `${field}: ${what} is in ${province}; you may edit projects in ${user.provinces.join(', ') || 'no province'} only`,
      field,
    );
  }
}
