import { randomUUID } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { routePath } from 'hono/route';
import type { Metrics } from './metrics.ts';

/** Where the one JSON line per request goes; null: nowhere (tests). */
export type RequestLog = ((line: string) => void) | null;

// A request id from a proxy in front is kept, so one id follows the request through both logs.
const acceptable = /^[\w.:-]{8,64}$/;

/**
 * Gives every request an id (X-Request-Id, echoed in error bodies as `error.request_id`), and when it is
 * answered, writes one JSON line — id, method, route pattern, status, duration, user id; never a body,
 * a query string, a cookie or a token — and counts it in the metrics.
 */
export const observeRequests = (metrics: Metrics, log: RequestLog) =>
  createMiddleware<{ Variables: { requestId: string; user?: { id: number } | null } }>(async (c, next) => {
    const started = performance.now();
    const sent = c.req.header('X-Request-Id');
    const id = sent && acceptable.test(sent) ? sent : randomUUID();
    c.set('requestId', id);
    try {
      await next();
    } finally {
      c.header('X-Request-Id', id);
      const ms = performance.now() - started;
      // The pattern, not the path: ids and names in paths would make a series per value.
      const route = routePath(c) || 'unmatched';
      const status = c.res.status;
      metrics.observe(c.req.method, route, status, ms / 1000);
      log?.(
        JSON.stringify({
          time: new Date().toISOString(),
          level: status >= 500 ? 'error' : 'info',
          msg: 'request',
          request_id: id,
          method: c.req.method,
          route,
          status,
          duration_ms: Math.round(ms * 10) / 10,
          user_id: c.get('user')?.id ?? null,
        }),
      );
    }
  });
