import { queryOptions } from '@tanstack/react-query';
import { mayEditIn, type Session } from '@tavazon/contract';
import { fetchJson, sendJson, setCsrfToken } from '../../../shared/api/fetchJson.ts';

export type { Role, Session, SessionUser } from '@tavazon/contract';

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

/**
 * Whether the user may edit projects and planning regions of a province (null: a national scheme): the
 * contract's rule, the same function the server enforces, so the web offers exactly what it allows.
 */
export const canEditProvince = mayEditIn;
