import type { Role } from '../auth/sessions.ts';
import { badRequest } from '../errors.ts';

// The status lifecycle (docs/api.md has the same table):
//   idea → study → approved → execution → operational, forward by one or more steps: the registry
//   records what happened, and a project often reaches the registry (or its next report) late;
//   any active status (idea … execution) → suspended or cancelled;
//   suspended → the status it was suspended from (resume), or cancelled;
//   operational and cancelled are final; only an admin may reopen a cancelled project, to the status
//   it was cancelled from. Going back (execution → study) is refused: it would rewrite the record.
// A project that arrived suspended or cancelled (loaded or imported) has no status to go back to;
// it may then be resumed or reopened to any active status.

export const activeStatuses = ['idea', 'study', 'approved', 'execution'] as const;
const lifecycle = [...activeStatuses, 'operational'] as const;
type Status = (typeof lifecycle)[number] | 'suspended' | 'cancelled';

export interface StatusChange {
  status: string;
  /** What to store as status_before: where resume or reopen leads back to. */
  statusBefore: string | null;
}

const isActive = (s: string): s is (typeof activeStatuses)[number] =>
  (activeStatuses as readonly string[]).includes(s);

/** The statuses a project may move to from `from` (the same status is always allowed: no change). */
export function allowedTransitions(from: string, before: string | null, role: Role): string[] {
  if (isActive(from)) {
    return [...lifecycle.slice(lifecycle.indexOf(from) + 1), 'suspended', 'cancelled'];
  }
  if (from === 'suspended') return [...(before ? [before] : activeStatuses), 'cancelled'];
  if (from === 'cancelled' && role === 'admin') return before ? [before] : [...activeStatuses];
  return [];
}

/** Checks a requested status against the table; throws a 400 naming `status` that lists what is allowed. */
export function statusTransition(from: string, before: string | null, to: string, role: Role): StatusChange {
  if (to === from) return { status: from, statusBefore: before };
  const allowed = allowedTransitions(from, before, role);
  if (!allowed.includes(to)) {
    const why =
      from === 'cancelled' && role !== 'admin'
        ? 'a cancelled project can only be reopened by an admin'
        : allowed.length
          ? `allowed from ${from}: ${allowed.join(', ')}`
          : `${from} is final`;
    const reason =
      from === 'cancelled' && role !== 'admin'
        ? 'reopen_needs_admin'
        : allowed.length
          ? 'not_allowed'
          : 'final';
    throw badRequest(
      'project.status_transition',
      { from, to, allowed, reason },
      `status: cannot go from ${from} to ${to}; ${why}`,
      'status',
    );
  }
  // Halting remembers the active status to come back to; a suspended project cancelled keeps it.
  if (to === 'suspended' || to === 'cancelled') {
    return { status: to, statusBefore: isActive(from) ? from : before };
  }
  return { status: to as Status, statusBefore: null };
}
