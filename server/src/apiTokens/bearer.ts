import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { forbidden, unauthorized } from '../errors.ts';
import { findApiTokenReader } from './apiTokens.ts';

const readMethods = new Set(['GET', 'HEAD']);

/**
 * `Authorization: Bearer <token>` of a read-only API token (desktop GIS): on GET and HEAD the request
 * reads as the token's role; any other method with a token is refused, so a token can never write, even
 * where a route would take its role. Runs after loadSession: a browser's session, if any, wins.
 */
export const loadApiToken = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('Authorization');
  // Any Bearer header counts: a malformed one is refused below rather than read as no sign-in at all.
  const match = header ? /^Bearer(?:\s+(.*))?$/is.exec(header.trim()) : null;
  if (!match) return next();
  if (!readMethods.has(c.req.method)) {
    throw forbidden(
      'api_token.read_only',
      { method: c.req.method },
      `Authorization: an API token only reads (GET); ${c.req.method} needs a signed-in session`,
      'Authorization',
    );
  }
  if (!c.get('user')) {
    const reader = await findApiTokenReader(c.get('sql'), match[1] ?? '');
    if (!reader) {
      throw unauthorized(
        'api_token.invalid',
        {},
        'Authorization: the API token is unknown, revoked or expired',
        'Authorization',
      );
    }
    c.set('user', reader);
  }
  await next();
});
