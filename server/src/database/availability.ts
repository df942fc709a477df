import type { Sql } from '@tavazon/data';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { HttpError, isConnectionError } from '../errors.ts';

/** Seconds a client is told to wait (Retry-After) while the database is away. */
export const retryAfterSeconds = 2;
const probeEveryMs = 500;
const probeTimeoutMs = 1500;

/**
 * Whether the database answers. The first lost or refused connection marks it down; from then on every
 * API request is answered 503 at once (no request waits on a pool that cannot connect), and a probe
 * (`SELECT 1` through the same pool, so the pool itself reconnects) runs until the database answers
 * again: recovery needs no restart.
 */
export class DatabaseAvailability {
  down = false;
  /** When the current outage began (ms since the epoch), or null while up. */
  downSince: number | null = null;
  outages = 0;
  private timer: NodeJS.Timeout | null = null;
  private probing = false;

  constructor(
    private readonly sql: Sql,
    private readonly log: (line: string) => void = (line) => console.error(line),
  ) {}

  markDown(reason: unknown) {
    if (!this.down) {
      this.down = true;
      this.downSince = Date.now();
      this.outages++;
      this.log(`tavazon: the database is unavailable (${describe(reason)}); answering 503 until it is back`);
    }
    this.timer ??= setInterval(() => void this.probe(), probeEveryMs).unref();
  }

  private async probe() {
    if (this.probing) return;
    this.probing = true;
    let timeout: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.sql`SELECT 1`,
        new Promise((_, reject) => {
          timeout = setTimeout(() => reject(new Error('probe timed out')), probeTimeoutMs);
        }),
      ]);
      const seconds = ((Date.now() - (this.downSince ?? Date.now())) / 1000).toFixed(1);
      this.down = false;
      this.downSince = null;
      if (this.timer) clearInterval(this.timer);
      this.timer = null;
      this.log(`tavazon: the database is back after ${seconds} s`);
    } catch {
      // Still down: the next tick tries again.
    } finally {
      clearTimeout(timeout);
      this.probing = false;
    }
  }

  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

function describe(reason: unknown): string {
  const err = reason as { code?: string; message?: string };
  return [err?.code, err?.message].filter(Boolean).join(': ') || String(reason);
}

export const unavailable = () =>
  new HttpError(503, 'server.unavailable', {}, 'the database is unavailable; try again shortly', {
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });

/**
 * Answers 503 at once while the database is down (health answers for itself), and marks it down when a
 * request fails on a lost connection.
 */
export const availabilityGate = (availability: DatabaseAvailability) =>
  createMiddleware<AppEnv>(async (c, next) => {
    c.set('availability', availability);
    if (availability.down && c.req.path !== '/api/health') throw unavailable();
    await next();
    if (c.error && isConnectionError(c.error)) availability.markDown(c.error);
  });
