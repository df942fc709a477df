import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect, type Database, migrate, type Sql } from '@tavazon/data';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { processStart } from '../../data/src/db/lockDataDir.ts';

// `pnpm backup` / `pnpm restore` round trips on the engine of this pass: a project with its history is
// backed up, deleted (and another written), refused back without --force, restored with it.
const root = fileURLToPath(new URL('../../', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'tavazon-backup-'));
const engine = inject('engine');

function pnpm(args: string[], env: Record<string, string | undefined>) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const { DATABASE_URL: _, ...inherited } = process.env;
    const child = spawn('pnpm', ['--silent', ...args], {
      cwd: root,
      env: { ...inherited, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.on('exit', (code) => resolve({ code, out }));
  });
}

/** One county (a square near Zanjan) so that the project trigger places a project, and a project edited once. */
async function seed(sql: Sql) {
  await sql`INSERT INTO boundary_set (code, name_fa, name_en, source, licence, attribution)
            VALUES ('current', 'آزمون', 'test', 'test', 'test', 'test')`;
  const square = 'MULTIPOLYGON(((48 36,49 36,49 37,48 37,48 36)))';
  const [province] = await sql<{ id: string }[]>`
    INSERT INTO admin_unit (boundary_set, level, code, name_fa, province_code, geom)
    VALUES ('current', 'province', 'IR-19', 'زنجان', 'IR-19', ST_GeomFromText(${square}, 4326)) RETURNING id`;
  await sql`
    INSERT INTO admin_unit (boundary_set, level, code, name_fa, parent_id, province_code, geom)
    VALUES ('current', 'county', 'c1', 'زنجان', ${province!.id}, 'IR-19', ST_GeomFromText(${square}, 4326))`;
  await sql`INSERT INTO sector (code, name_fa, name_en) VALUES ('energy', 'انرژی', 'energy')`;
  const [project] = await sql<{ id: string }[]>`
    INSERT INTO project (title_fa, sector, status, location, location_precision)
    VALUES ('نیروگاه پیش از پشتیبان', 'energy', 'idea', ST_SetSRID(ST_MakePoint(48.5, 36.5), 4326), 'exact')
    RETURNING id`;
  await sql`UPDATE project SET status = 'study' WHERE id = ${project!.id}`;
  return Number(project!.id);
}

async function state(sql: Sql) {
  const projects = await sql<{ id: number; title_fa: string; status: string }[]>`
    SELECT id::int AS id, title_fa, status FROM project ORDER BY id`;
  const history = await sql<{ version: number; changes: Record<string, unknown> }[]>`
    SELECT version, changes FROM project_history ORDER BY project_id, version`;
  return { projects, history };
}

/** Deletes the project and writes another: what a restore must undo. */
async function change(sql: Sql, id: number) {
  await sql`DELETE FROM project WHERE id = ${id}`;
  await sql`INSERT INTO project (title_fa, sector, status, location, location_precision)
            VALUES ('پس از پشتیبان', 'energy', 'idea', ST_SetSRID(ST_MakePoint(48.2, 36.2), 4326), 'exact')`;
}

afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function roundTrip(open: () => Promise<Database>, env: Record<string, string | undefined>) {
  let db = await open();
  await migrate(db.sql);
  const id = await seed(db.sql);
  const before = await state(db.sql);
  expect(before.history).toHaveLength(2);
  await db.close();

  const file = join(temp, `${engine}.backup`);
  const backup = await pnpm(['backup', file], env);
  expect(backup.out).toMatch(/backed up .* 1 projects \(2 history rows\)/);
  expect(backup.code).toBe(0);

  db = await open();
  await change(db.sql, id);
  const changed = await state(db.sql);
  await db.close();

  const refused = await pnpm(['restore', file], env);
  expect(refused.code).toBe(1);
  expect(refused.out).toMatch(/add --force to replace it/);
  db = await open();
  expect(await state(db.sql)).toEqual(changed); // nothing touched
  await db.close();

  const restored = await pnpm(['restore', '--force', file], env);
  expect(restored.out).toMatch(/restored .* 1 projects \(2 history rows\)/);
  expect(restored.code).toBe(0);
  db = await open();
  expect(await state(db.sql)).toEqual(before);
  await db.close();

  const garbage = join(temp, 'not-a-backup');
  writeFileSync(garbage, 'hello');
  const foreign = await pnpm(['restore', '--force', garbage], env);
  expect(foreign.code).toBe(1);
  expect(foreign.out).toMatch(/is not a Tavazon backup/);
}

describe.skipIf(engine !== 'pglite')('backup and restore of the embedded database', () => {
  const dataDir = join(temp, 'pglite');
  const env = { TAVAZON_PGLITE_DIR: dataDir };

  it('round-trips a project with its history; refuses an occupied target without --force', async () => {
    await roundTrip(() => connect({ dataDir }), env);
  });

  it('refuses while another process holds the database, naming the lock', async () => {
    // This test process stands in for a running server: it is alive and the lock names it.
    writeFileSync(`${dataDir}.lock`, `${process.pid} ${processStart(process.pid)}`);
    try {
      for (const args of [
        ['backup', join(temp, 'second.tar.gz')],
        ['restore', '--force', join(temp, 'pglite.backup')],
      ]) {
        const res = await pnpm(args, env);
        expect(res.code, args[0]).toBe(1);
        expect(res.out).toContain(`in use by process ${process.pid}`);
        expect(res.out).toContain(`${dataDir}.lock`);
      }
    } finally {
      rmSync(`${dataDir}.lock`, { force: true });
    }
  });
});

describe.skipIf(engine !== 'postgres')('backup and restore of a PostgreSQL database', () => {
  // A database of its own beside the suite's, so the running test server is not in the way.
  const base = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://localhost/none');
  const name = `${base.pathname.slice(1)}_backup`;
  const url = Object.assign(new URL(base), { pathname: `/${name}` }).toString();
  const admin = postgres(base.toString(), { max: 1, onnotice: () => {} });
  afterAll(async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it('round-trips a project with its history; refuses an occupied target without --force', async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE "${name}"`);
    await roundTrip(() => connect({ url, max: 1 }), { DATABASE_URL: url });
  });
});
