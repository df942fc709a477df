import { queryOptions } from '@tanstack/react-query';
import { fetchJson, sendJson, setCsrfToken } from '../../../shared/api/fetchJson.ts';

export type Role = 'admin' | 'planner' | 'viewer';

export interface SessionUser {
  id: number;
  username: string;
  display_name: string | null;
  role: Role;
  /** Provinces a planner may edit; empty means no limit. */
  provinces: string[];
}

/** `GET /api/auth/session` answers 200 `{ user: null }` to visitors, so nobody sees a 401 in the console. */
export interface Session {
  user: SessionUser | null;
  csrfToken?: string;
}

export const sessionQueryKey = ['auth', 'session'] as const;

export const sessionQuery = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: async ({ signal }) => {
    const session = await fetchJson<Session>('/api/auth/session', signal);
    // Writes read the token from the fetch client, so it follows whatever the server last said.
    setCsrfToken(session.user ? (session.csrfToken ?? null) : null);
    return session;
  },
  staleTime: 5 * 60_000,
});

export async function login(username: string, password: string): Promise<Session> {
  const session = (await sendJson<Session>('POST', '/api/auth/login', { username, password })) as Session;
  setCsrfToken(session.csrfToken ?? null);
  return session;
}

export async function logout(): Promise<void> {
  await sendJson('POST', '/api/auth/logout');
  setCsrfToken(null);
}

/** Whether the user may edit planning regions of a province (the server checks again). */
export function canEditProvince(user: SessionUser | null | undefined, province: string | null): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  if (user.role !== 'planner') return false;
  return user.provinces.length === 0 || (province !== null && user.provinces.includes(province));
}
