import { mayEditIn } from '@tavazon/contract';
import type { SessionUser } from '../auth/sessions.ts';
import { forbidden } from '../errors.ts';

type User = Pick<SessionUser, 'role' | 'provinces'>;

/** Drafting and submitting: as editing projects (admins, planners of the province). */
export const mayDraft = (user: User | null, province: string) => mayEditIn(user, province);

/** Approving or returning: admins, and approvers of the province (none listed: every province). */
export function mayDecide(user: User | null, province: string): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  return user.role === 'approver' && (user.provinces.length === 0 || user.provinces.includes(province));
}

export function assertMayDecide(user: User, province: string) {
  if (!mayDecide(user, province)) {
    throw forbidden(
      'scenario.decide_forbidden',
      { province },
      `province: only an admin or an approver of ${province} may approve or return its scenarios`,
      'province',
    );
  }
}
