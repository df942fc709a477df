// `pnpm backup [FILE]` and `pnpm restore [--force] FILE`: the whole database of either engine.
//   DATABASE_URL set: that PostgreSQL database (pg_dump custom format / pg_restore; client tools needed)
//   unset: the embedded PGlite at TAVAZON_PGLITE_DIR (its data directory; the server must be stopped,
//          which the directory's lock enforces)
// FILE defaults to .data/backups/tavazon-<engine>-<UTC time>.{tar.gz,dump}; a relative FILE is taken from
// the folder the command was typed in.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupPglite, restorePglite } from '../backup/pgliteBackup.ts';
import { backupPostgres, restorePostgres } from '../backup/postgresBackup.ts';
import { describeSummary } from '../backup/summary.ts';
import { defaultPgliteDir } from '../load/resolve-data-dir.ts';
import { repoRoot } from '../repoRoot.ts';

const usage = `usage:
  pnpm backup [FILE]              back up the database (DATABASE_URL, else the embedded one)
  pnpm restore [--force] FILE     replace the database with a backup (--force: even if it holds data)
With the embedded database, stop the server first.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(rest);
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if ((command !== 'backup' && command !== 'restore') || values.help || positionals.length > 1) {
    console.error(usage);
    return values.help ? 0 : 2;
  }
  const url = process.env.DATABASE_URL || undefined;
  const pgliteDir = defaultPgliteDir();
  const where = url ? `PostgreSQL ${redact(url)}` : `the embedded database at ${pgliteDir}`;
  // pnpm runs scripts at the repository root; INIT_CWD is where the user typed the command.
  const typed = (file: string) => resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  try {
    if (command === 'backup') {
      const file = positionals[0] ? typed(positionals[0]) : defaultFile(url ? 'postgres' : 'pglite');
      const { summary, bytes } = url ? await backupPostgres(url, file) : await backupPglite(pgliteDir, file);
      console.log(
        `backed up ${where} to ${file} (${(bytes / 2 ** 20).toFixed(1)} MB, ${seconds()} s): ${describeSummary(summary)}`,
      );
      return 0;
    }
    if (!positionals[0]) {
      console.error(`pnpm restore needs the backup file\n${usage}`);
      return 2;
    }
    const file = typed(positionals[0]);
    const force = values.force ?? false;
    const { summary } = url
      ? await restorePostgres(file, url, force)
      : await restorePglite(file, pgliteDir, force);
    console.log(`restored ${file} into ${where} (${seconds()} s): ${describeSummary(summary)}`);
    return 0;
  } catch (err) {
    // Refusals (an occupied target, a running server, a foreign archive) are one line, no stack.
    console.error(`pnpm ${command}: ${(err as Error).message}`);
    return 1;
  }
}

function parse(args: string[]) {
  return parseArgs({
    args,
    options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
}

function defaultFile(engine: 'pglite' | 'postgres') {
  const stamp = new Date().toISOString().replace(/[:.]/g, '').slice(0, 15);
  return resolve(
    repoRoot,
    '.data',
    'backups',
    `tavazon-${engine}-${stamp}Z.${engine === 'pglite' ? 'tar.gz' : 'dump'}`,
  );
}

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

process.exitCode = await main(process.argv.slice(2));
