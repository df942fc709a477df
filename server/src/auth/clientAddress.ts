import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';

/**
 * The address login throttling counts by. X-Forwarded-For is believed only when the server is told it
 * sits behind a proxy (TAVAZON_TRUST_PROXY), and then only its last entry, the one that proxy added:
 * anything before it was written by the client and could be anything.
 */
export function clientAddress(c: Context<AppEnv>): string {
  if (c.get('auth').trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded.slice(0, 100);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (app.request in tests) have no socket.
    return 'unknown';
  }
}
