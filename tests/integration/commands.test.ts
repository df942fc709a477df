import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect, migrate } from '@tavazon/data';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loginRetryAfter, recordLoginAttempt } from '../../server/src/auth/loginThrottle.ts';
import { createUser } from '../../server/src/users/createUser.ts';

// The operator's commands on the embedded database: `pnpm start` stopped by a supervisor's SIGTERM, and
// `pnpm user:unlock`. Engine-independent, so run in the PGlite pass only. The database is migrated with
// one boundary set, so the commands take it as loaded and skip the 40 s data load.
const root = fileURLToPath(new URL('../../', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'tavazon-commands-'));
const dataDir = join(temp, 'pglite');
const lockFile = `${dataDir}.lock`;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(what: string, ok: () => boolean | Promise<boolean>, ms: number) {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function pnpm(args: string[], env: Record<string, string> = {}) {
  const { DATABASE_URL: _, ...inherited } = process.env;
  return spawn('pnpm', args, {
    cwd: root,
    env: { ...inherited, TAVAZON_PGLITE_DIR: dataDir, TAVAZON_REQUEST_LOG: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const output = (child: ChildProcess) => {
  let text = '';
  child.stdout?.on('data', (d) => {
    text += d;
  });
  child.stderr?.on('data', (d) => {
    text += d;
  });
  return () => text;
};

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null)));
  });

const engine = inject('engine');

beforeAll(async () => {
  if (engine !== 'pglite') return;
  const db = await connect({ dataDir });
  await migrate(db.sql);
  await db.sql`INSERT INTO boundary_set (code, name_fa, name_en, source, licence, attribution)
               VALUES ('current', 'آزمون', 'test', 'test', 'test', 'test')`;
  await db.close();
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe.skipIf(engine !== 'pglite')('operator commands', () => {
  /** `pnpm start` until it listens; the server's PID (the lock's holder) and its parent, the wrapper. */
  async function started() {
    const port = 40_000 + Math.floor(Math.random() * 20_000);
    const pnpmStart = pnpm(['start'], { PORT: String(port) });
    const text = output(pnpmStart);
    // Any answer means it listens (health is 503 here: the test database holds no indicators).
    await until(
      'the server to listen',
      () =>
        fetch(`http://127.0.0.1:${port}/api/health`).then(
          () => true,
          () => pnpmStart.exitCode !== null && Promise.reject(new Error(text())),
        ),
      100_000,
    );
    const server = Number(readFileSync(lockFile, 'utf8').split(' ')[0]);
    const stat = readFileSync(`/proc/${server}/stat`, 'utf8');
    const wrapper = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    expect(alive(server)).toBe(true);
    expect(readFileSync(`/proc/${wrapper}/cmdline`, 'utf8')).toContain('scripts/start.mjs');
    return { pnpmStart, server, wrapper };
  }

  it('SIGTERM to the `pnpm start` wrapper stops the server and frees the lock of the embedded database', async () => {
    const { pnpmStart, server, wrapper } = await started();
    try {
      process.kill(wrapper, 'SIGTERM');
      await until('the server to stop', () => !alive(server) && !alive(wrapper), 15_000);
      expect(existsSync(lockFile)).toBe(false);
      expect(await exited(pnpmStart)).toBe(0); // the server closed cleanly, and pnpm says so
    } finally {
      pnpmStart.kill('SIGKILL');
    }
  });

  it('SIGTERM to `pnpm start` itself (pnpm passes no signal on) stops the server too', async () => {
    const { pnpmStart, server, wrapper } = await started();
    try {
      pnpmStart.kill('SIGTERM');
      await exited(pnpmStart);
      await until('the orphaned wrapper to stop the server', () => !alive(server) && !alive(wrapper), 15_000);
      expect(existsSync(lockFile)).toBe(false);
    } finally {
      for (const pid of [server, wrapper]) if (alive(pid)) process.kill(pid, 'SIGKILL');
    }
  });

  it('`pnpm user:unlock` forgets a username’s failed logins and records it in the audit log', async () => {
    const db = await connect({ dataDir });
    try {
      await createUser(db.sql, {
        username: 'locked-out',
        role: 'viewer',
        provinces: [],
        password: 'a long enough password',
      });
      for (let i = 0; i < 6; i++) await recordLoginAttempt(db.sql, 'locked-out', '203.0.113.9', false);
      expect(await loginRetryAfter(db.sql, 'locked-out', '203.0.113.9')).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
    const unlock = pnpm(['--silent', 'user:unlock', '--username', 'locked-out']);
    const text = output(unlock);
    expect(await exited(unlock), text()).toBe(0);
    expect(text()).toContain('locked-out: 6 failed login(s) forgotten');

    const after = await connect({ dataDir });
    try {
      expect(await loginRetryAfter(after.sql, 'locked-out', '203.0.113.9')).toBe(0);
      const [event] = await after.sql<{ via: string; detail: { cleared: number } }[]>`
        SELECT via, detail FROM audit_event WHERE action = 'account.unlocked' AND target_username = 'locked-out'`;
      expect(event).toMatchObject({ via: 'cli', detail: { cleared: 6 } });
    } finally {
      await after.close();
    }
  });
});
