import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { forbidden, unauthorized } from '../errors.ts';
import { clearSessionCookie, sessionToken } from './sessionCookie.ts';
import { findSession, type Role } from './sessions.ts';

/** Puts the signed-in user (or null) on the context. Anonymous requests cost no database query. */
export const loadSession = createMiddleware<AppEnv>(async (c, next) => {
  // Already known (the response cache loads it before /tiles' own chain does): one lookup is enough.
  if (c.get('user') !== undefined) return next();
  const token = sessionToken(c);
  const user = token ? await findSession(c.get('sql'), token) : null;
  // A cookie of an ended session is dropped, so the browser stops sending it.
  if (token && !user) clearSessionCookie(c);
  c.set('user', user);
  await next();
});

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a state-changing request that a browser sent from another site. Browsers always send Origin
 * on such requests; a request without it is not from a browser page, so it cannot be a forgery riding
 * on someone's cookie (and still needs the CSRF token when it uses a session).
 */
export function checkOrigin(c: Context<AppEnv>) {
  if (safeMethods.has(c.req.method)) return;
  const origin = c.req.header('Origin');
  if (origin === undefined) {
    const site = c.req.header('Sec-Fetch-Site');
    if (site && site !== 'same-origin' && site !== 'none') {
      throw forbidden(
        'auth.cross_site',
        { origin: null },
        'Origin: cross-site requests may not change anything',
        'Origin',
      );
    }
    return;
  }
  const { publicOrigins, allowedOrigins } = c.get('auth');
  if (!publicOrigins.includes(origin) && !allowedOrigins.includes(origin)) {
    throw forbidden(
      'auth.cross_site',
      { origin: origin.slice(0, 100) },
      `Origin: ${origin.slice(0, 100)} may not change anything here`,
      'Origin',
    );
  }
}

/** The session's CSRF token must come back in X-CSRF-Token (a cross-site page cannot read it). */
export function checkCsrf(c: Context<AppEnv>, expected: string) {
  if (safeMethods.has(c.req.method)) return;
  const sent = Buffer.from(c.req.header('X-CSRF-Token') ?? '');
  const want = Buffer.from(expected);
  if (sent.length !== want.length || !timingSafeEqual(sent, want)) {
    throw forbidden(
      'auth.csrf',
      {},
      'X-CSRF-Token: missing or wrong; send the csrfToken of GET /api/auth/session',
      'X-CSRF-Token',
    );
  }
}

/**
 * Lets through a signed-in user with one of `allowed` roles: 401 for an anonymous visitor, 403 for
 * another role; state-changing requests must also pass the Origin and CSRF checks.
 */
export const requireRole = (...allowed: Role[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const user = c.get('user');
    if (!user)
      throw unauthorized('auth.sign_in_required', {}, 'sign in first: this needs an account', 'session');
    checkOrigin(c);
    checkCsrf(c, user.csrfToken);
    if (!allowed.includes(user.role)) {
      throw forbidden(
        'auth.role_required',
        { roles: [...allowed], role: user.role },
        `this needs the role ${allowed.join(' or ')}; you are ${user.role}`,
        'role',
      );
    }
    await next();
  });

/** Every signed-in user (all roles see internal fields and unpublished projects). */
export const requireSignedIn = requireRole('admin', 'planner', 'viewer', 'approver');
