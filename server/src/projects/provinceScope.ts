import { mayEditIn } from '@tavazon/contract';
import type { SessionUser } from '../auth/sessions.ts';
import { forbidden } from '../errors.ts';

// The rule itself is the contract's, so that the web offers exactly what this enforces.
export { mayEditIn };

/** 403 unless the user may edit in this province; `what` says which province is meant. */
export function assertMayEditIn(
  user: Pick<SessionUser, 'role' | 'provinces'>,
  province: string,
  what: string,
  field = 'location',
) {
  if (!mayEditIn(user, province)) {
    throw forbidden(
      'project.province_forbidden',
      { province, allowed: user.provinces },
      `${field}: ${what} is in ${province}; you may edit projects in ${user.provinces.join(', ') || 'no province'} only`,
      field,
    );
  }
}
