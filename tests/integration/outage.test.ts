import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { serve } from '@hono/node-server';
import { connect, type Database, migrate } from '@tavazon/data';
import { createApp } from '@tavazon/server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createUser } from '../../server/src/users/createUser.ts';

// Stops PostgreSQL under a bounded load of reads and writes and starts it again. It needs a cluster of
// its own (the shared one serves every other test), made here with Debian's pg_createcluster as root
// (CI runs as root); it runs with the PostgreSQL pass of `pnpm test`.
const cluster = `tavazon_outage_${process.pid}`;
const pg = (...args: string[]) => execFileSync(args[0]!, args.slice(1), { stdio: 'pipe' }).toString();
const secret = 'a-long-enough-test-password';

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

interface Outcome {
  kind: 'read' | 'write';
  started: number;
  ms: number;
  status: number;
  retryAfter: string | null;
  username?: string;
}

describe.skipIf(inject('engine') !== 'postgres')('a PostgreSQL outage', () => {
  let db: Database;
  let base: string;
  let server: ReturnType<typeof serve>;
  let cookie = '';
  let csrf = '';

  beforeAll(async () => {
    const port = await freePort();
    pg('pg_createcluster', '15', cluster, '--port', String(port), '--', '--auth=trust');
    pg('pg_ctlcluster', '15', cluster, 'start');
    db = await connect({ url: `postgres://postgres@127.0.0.1:${port}/postgres`, statementTimeoutMs: 10_000 });
    await migrate(db.sql);
    await createUser(db.sql, { username: 'outage-admin', role: 'admin', password: secret });
    server = serve({
      fetch: createApp({ sql: db.sql, engine: 'postgres' }).fetch,
      port: 0,
      hostname: '127.0.0.1',
    });
    await new Promise<void>((r) => server.once('listening', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'outage-admin', password: secret }),
    });
    expect(login.status).toBe(200);
    cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  }, 120_000);

  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await db?.close().catch(() => {});
    try {
      pg('pg_dropcluster', '15', cluster, '--stop');
    } catch {
      // already gone
    }
  });

  it('answers 503 with Retry-After within 2 s while it is down, recovers without a restart, loses no acknowledged write', async () => {
    const outcomes: Outcome[] = [];
    let n = 0;
    const call = async (kind: 'read' | 'write') => {
      const started = performance.now();
      const username = kind === 'write' ? `outage-${n++}` : undefined;
      const res = await fetch(`${base}/api/users`, {
        method: kind === 'write' ? 'POST' : 'GET',
        headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
        ...(username ? { body: JSON.stringify({ username, role: 'viewer', password: secret }) } : {}),
        signal: AbortSignal.timeout(15_000),
      }).catch(() => null);
      await res?.arrayBuffer();
      outcomes.push({
        kind,
        started,
        ms: performance.now() - started,
        status: res?.status ?? 0,
        retryAfter: res?.headers.get('retry-after') ?? null,
        ...(username ? { username } : {}),
      });
    };
    // Four clients, each a read then a write, a pause between, until told to stop.
    let running = true;
    const load = Array.from({ length: 4 }, async () => {
      while (running) {
        await call('read');
        await call('write');
        await new Promise((r) => setTimeout(r, 50));
      }
    });

    await new Promise((r) => setTimeout(r, 1500));
    pg('pg_ctlcluster', '15', cluster, 'stop', '-m', 'fast');
    const stopped = performance.now();
    await new Promise((r) => setTimeout(r, 5000));
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ ok: false, db: 'down' });
    pg('pg_ctlcluster', '15', cluster, 'start');
    const restarted = performance.now();
    let recoveredAfter = Number.NaN;
    while (performance.now() - restarted < 15_000) {
      // No reference data is loaded here, so health says 503 `data: "missing"` once the database is up.
      const body = (await (await fetch(`${base}/api/health`)).json()) as { db: string };
      if (body.db === 'up') {
        recoveredAfter = performance.now() - restarted;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 1000));
    running = false;
    await Promise.all(load);

    const during = outcomes.filter((o) => o.started > stopped + 200 && o.started + o.ms < restarted);
    const after = outcomes.filter((o) => o.started > restarted + recoveredAfter);
    console.log(
      `outage: ${outcomes.length} requests, ${during.length} while down (slowest ${Math.round(
        Math.max(...during.map((o) => o.ms)),
      )} ms), recovered ${Math.round(recoveredAfter)} ms after the start, ${after.length} after`,
    );
    expect(recoveredAfter).toBeLessThan(15_000);
    expect(during.length).toBeGreaterThan(10);
    for (const o of during) {
      expect(o, JSON.stringify(o)).toMatchObject({ status: 503, retryAfter: expect.any(String) });
      expect(o.ms, JSON.stringify(o)).toBeLessThan(2000);
    }
    expect(outcomes.filter((o) => o.status === 0 || o.status === 500)).toEqual([]);
    expect(after.length).toBeGreaterThan(0);
    for (const o of after) expect([200, 201]).toContain(o.status);

    // Every write answered 201 is there.
    const acknowledged = outcomes
      .filter((o) => o.kind === 'write' && o.status === 201)
      .map((o) => o.username!);
    expect(acknowledged.length).toBeGreaterThan(4);
    const stored = await db.sql<{ username: string }[]>`
      SELECT username FROM app_user WHERE username = ANY(${db.sql.array(acknowledged)}::text[])`;
    expect(stored.map((r) => r.username).sort()).toEqual([...acknowledged].sort());
  }, 120_000);
});
