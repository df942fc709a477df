import { timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { DatabaseAvailability } from '../database/availability.ts';
import { forbidden } from '../errors.ts';
import { poolStats } from '../workers/pool.ts';

/** The server's Prometheus metrics: one registry per app, so that tests may make several apps. */
export function createMetrics(availability: DatabaseAvailability) {
  const registry = new Registry();
  // Process: CPU, memory, event-loop lag, handles; under the tavazon_ prefix.
  collectDefaultMetrics({ register: registry, prefix: 'tavazon_' });
  const requests = new Counter({
    name: 'tavazon_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'tavazon_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: 'tavazon_database_up',
    help: '1 while the database answers, 0 during an outage (requests then get 503)',
    registers: [registry],
    collect() {
      this.set(availability.down ? 0 : 1);
    },
  });
  new Gauge({
    name: 'tavazon_database_outage_seconds',
    help: 'How long the current database outage has lasted (0 while up)',
    registers: [registry],
    collect() {
      this.set(availability.downSince === null ? 0 : (Date.now() - availability.downSince) / 1000);
    },
  });
  new Counter({
    name: 'tavazon_database_outages_total',
    help: 'Database outages since the server started',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(availability.outages);
    },
  });
  new Gauge({
    name: 'tavazon_worker_pool_queued',
    help: 'Heavy tasks (uploads, analyses) waiting for a worker thread',
    registers: [registry],
    collect() {
      this.set(poolStats().queued);
    },
  });
  new Gauge({
    name: 'tavazon_worker_pool_threads',
    help: 'Worker threads running for uploads and analyses',
    registers: [registry],
    collect() {
      this.set(poolStats().threads);
    },
  });
  return {
    registry,
    observe(method: string, route: string, status: number, seconds: number) {
      requests.inc({ method, route, status: String(status) });
      duration.observe({ method, route }, seconds);
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * GET /metrics: to a caller on this machine (not through a proxy, which would make everyone local), or
 * to anyone with `Authorization: Bearer <TAVAZON_METRICS_TOKEN>`.
 */
export function metricsRoute(metrics: Metrics, token: string | undefined) {
  return new Hono().get('/', async (c) => {
    const sent = c.req.header('Authorization')?.replace(/^Bearer\s+/i, '') ?? '';
    const tokenOk =
      !!token &&
      Buffer.byteLength(sent) === Buffer.byteLength(token) &&
      timingSafeEqual(Buffer.from(sent), Buffer.from(token));
    let address = '';
    try {
      address = getConnInfo(c).remote.address ?? '';
    } catch {
      // In-process requests (tests) have no socket: not local.
    }
    const local = loopback.has(address) && !c.req.header('X-Forwarded-For');
    if (!tokenOk && !local) {
      throw forbidden(
        'metrics.forbidden',
        {},
        'metrics: only from this machine, or with Authorization: Bearer <TAVAZON_METRICS_TOKEN>',
        'Authorization',
      );
    }
    c.header('Content-Type', metrics.registry.contentType);
    c.header('Cache-Control', 'no-store');
    return c.body(await metrics.registry.metrics());
  });
}
