import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { absoluteDays } from './sessions.ts';

export const cookieName = 'tavazon_session';

// Secure when the request came over https (directly, or as reported by the proxy in front): a Secure
// cookie would never come back over plain http, which is how the embedded server is usually reached.
const isHttps = (c: Context) =>
  new URL(c.req.url).protocol === 'https:' || c.req.header('X-Forwarded-Proto') === 'https';

/** httpOnly (no script can read it), SameSite=Lax (not sent on cross-site POSTs), expiring with the session. */
export function setSessionCookie(c: Context, token: string) {
  setCookie(c, cookieName, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    path: '/',
    maxAge: absoluteDays * 24 * 3600,
  });
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, cookieName, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c) });
}

export const sessionToken = (c: Context) => getCookie(c, cookieName);
