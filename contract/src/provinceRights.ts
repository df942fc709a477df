import type { Role } from './enums.ts';

/**
 * Whether a user may create or edit projects (and province schemes) in `province`: admins everywhere,
 * planners in their provinces (none listed: everywhere), viewers nowhere. The server enforces it; the
 * web uses the same function only to offer what the server will allow. A null province (a national
 * scheme) needs an editor without a province limit.
 */
export function mayEditIn(
  user: { role: Role; provinces: readonly string[] } | null | undefined,
  province: string | null,
): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  if (user.role !== 'planner') return false;
  return user.provinces.length === 0 || (province !== null && user.provinces.includes(province));
}
