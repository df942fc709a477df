import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import postgres from 'postgres';
import { archiveKind } from './archiveKind.ts';
import { BackupError, describeSummary, type Query, summarise } from './summary.ts';

// A PostgreSQL database is backed up with pg_dump's custom format and restored with pg_restore. The
// password travels in PGPASSWORD, never on a command line that `ps` shows.

/** The URL without its password, and the environment that gives the password to libpq's tools. */
function libpq(url: string) {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    dbname: parsed.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

/** Runs a libpq tool; resolves with its stdout, or fails with its first lines of stderr. */
function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', (e) => reject(missingTool(tool, e)));
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new BackupError(`${tool} failed: ${firstLines(err)}`)),
    );
  });
}

const firstLines = (text: string) => text.trim().split('\n').slice(0, 3).join(' / ') || 'no message';

const missingTool = (tool: string, e: Error) =>
  (e as NodeJS.ErrnoException).code === 'ENOENT'
    ? new BackupError(
        `${tool} is not installed; install PostgreSQL's client tools of the server's major version or newer ` +
          '(Debian: apt-get install postgresql-client-15)',
      )
    : e;

async function withClient<T>(url: string, fn: (sql: postgres.Sql, query: Query) => Promise<T>) {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    return await fn(sql, async (text) => [...(await sql.unsafe(text))]);
  } catch (err) {
    if (err instanceof BackupError) throw err;
    throw new BackupError(`the database at DATABASE_URL: ${(err as Error).message}`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function backupPostgres(url: string, file: string) {
  const summary = await withClient(url, (_, query) => summarise(query));
  if (!summary)
    throw new BackupError('the database at DATABASE_URL holds no Tavazon schema: nothing to back up');
  const { dbname, env } = libpq(url);
  await mkdir(dirname(file), { recursive: true });
  try {
    await run(
      'pg_dump',
      ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}.partial`, `--dbname=${dbname}`],
      env,
    );
  } catch (err) {
    await rm(`${file}.partial`, { force: true });
    throw err;
  }
  await rename(`${file}.partial`, file);
  return { summary, bytes: (await stat(file)).size };
}

/**
 * Replaces the database at `url` with the backup. The archive is checked first (pg_restore reads its
 * table of contents; it must hold Tavazon's schema_migration), then the whole restore runs as one
 * transaction that first empties the public schema: it lands entirely or not at all, and no table of a
 * later migration is left behind beside the restored ones.
 */
export async function restorePostgres(file: string, url: string, force: boolean) {
  const kind = await archiveKind(file);
  if (kind !== 'postgres')
    throw new BackupError(
      `${file} is a PGlite backup; restore it with DATABASE_URL unset (the embedded database)`,
    );
  const { dbname, env } = libpq(url);
  const contents = await run('pg_restore', ['--list', file], env);
  if (!/ TABLE DATA \S+ schema_migration /.test(contents))
    throw new BackupError(`${file} is a pg_dump archive but not of a Tavazon database (no schema_migration)`);

  await withClient(url, async (sql, query) => {
    const [others] = await sql<{ n: number; names: string | null }[]>`
      SELECT count(*)::int AS n, string_agg(DISTINCT coalesce(nullif(application_name, ''), 'unnamed'), ', ') AS names
      FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`;
    if (others && others.n > 0)
      throw new BackupError(
        `${others.n} other session(s) are connected to the database (${others.names}): stop the server ` +
          'and other clients first, so that none works on a database being replaced',
      );
    const [tables] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`;
    if ((tables?.n ?? 0) > 0 && !force) {
      const existing = await summarise(query);
      throw new BackupError(
        `the database at DATABASE_URL is not empty (${existing ? describeSummary(existing) : `${tables!.n} tables`}); ` +
          'add --force to replace it with the backup',
      );
    }
  });

  await restoreInOneTransaction(file, dbname, env);
  const summary = await withClient(url, (_, query) => summarise(query));
  return { summary: summary! };
}

/** pg_restore writes the archive as SQL, psql runs it after emptying the schema, all in one transaction. */
function restoreInOneTransaction(file: string, dbname: string, env: NodeJS.ProcessEnv) {
  return new Promise<void>((resolve, reject) => {
    const reader = spawn('pg_restore', ['--no-owner', '--no-privileges', '--no-comments', '--file=-', file], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const psql = spawn(
      'psql',
      ['--no-psqlrc', '--quiet', '--single-transaction', '--set=ON_ERROR_STOP=1', `--dbname=${dbname}`],
      { env, stdio: ['pipe', 'ignore', 'pipe'] },
    );
    let errors = '';
    reader.stderr.on('data', (d) => {
      errors += d;
    });
    psql.stderr.on('data', (d) => {
      errors += d;
    });
    reader.on('error', (e) => reject(missingTool('pg_restore', e)));
    psql.on('error', (e) => reject(missingTool('psql', e)));
    psql.stdin.on('error', () => {}); // psql stopped at an error: its exit code says so
    psql.stdin.write('DROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n');
    reader.stdout.pipe(psql.stdin);
    const exited = (child: ChildProcess) =>
      new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    void Promise.all([exited(reader), exited(psql)]).then(([readerCode, psqlCode]) => {
      if (readerCode === 0 && psqlCode === 0) resolve();
      else
        reject(
          new BackupError(`the restore failed and was rolled back, nothing changed: ${firstLines(errors)}`),
        );
    });
  });
}
