import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { lockDataDir } from '../db/lockDataDir.ts';
import { archiveKind } from './archiveKind.ts';
import { BackupError, type DatabaseSummary, describeSummary, type Query, summarise } from './summary.ts';

// The embedded database is backed up as its whole data directory (PGlite's dumpDataDir: a tar, gzipped)
// and restored with loadDataDir. Both take the directory's lock first, so neither runs beside a server
// (or another command) that has it open: PGlite is one process's, and copying files under a live one
// gives a torn copy.

const queryOf =
  (db: PGlite): Query =>
  async (text) =>
    (await db.query<Record<string, unknown>>(text)).rows;

const open = (dataDir: string, loadDataDir?: Blob) =>
  PGlite.create({ dataDir, extensions: { postgis }, ...(loadDataDir ? { loadDataDir } : {}) });

/** Writes `file` (via a temporary name, so a failed backup never leaves a half file under the real one). */
export async function backupPglite(dataDir: string, file: string) {
  if (!existsSync(join(dataDir, 'PG_VERSION')))
    throw new BackupError(`there is no embedded database at ${dataDir}: nothing to back up`);
  const unlock = lockDataDir(dataDir);
  try {
    const db = await open(dataDir);
    let summary: DatabaseSummary | null;
    let archive: Blob;
    try {
      summary = await summarise(queryOf(db));
      if (!summary) throw new BackupError(`the embedded database at ${dataDir} holds no Tavazon schema`);
      // Every change on disk in the data files, not only in the WAL: the copy then starts without recovery.
      await db.exec('CHECKPOINT');
      archive = await db.dumpDataDir('gzip');
    } finally {
      await db.close();
    }
    await mkdir(dirname(file), { recursive: true });
    await writeFile(`${file}.partial`, Buffer.from(await archive.arrayBuffer()));
    await rename(`${file}.partial`, file);
    return { summary, bytes: (await stat(file)).size };
  } finally {
    unlock();
  }
}

/**
 * Replaces the embedded database at `dataDir` with the one in `file`. The archive is unpacked and opened
 * in a folder beside the target first (a damaged or foreign archive fails there, the target untouched);
 * only then are the folders swapped. A target that holds a database is replaced only with `force`.
 */
export async function restorePglite(file: string, dataDir: string, force: boolean) {
  const kind = await archiveKind(file);
  if (kind === 'postgres')
    throw new BackupError(
      `${file} is a PostgreSQL backup (pg_dump); restore it with DATABASE_URL set to the target database`,
    );
  await mkdir(dirname(dataDir), { recursive: true });
  const unlock = lockDataDir(dataDir);
  try {
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0 && !force) {
      throw new BackupError(
        `${dataDir} already holds a database (${await describeExisting(dataDir)}); ` +
          'add --force to replace it with the backup',
      );
    }
    const staging = `${dataDir}.restoring-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    let summary: DatabaseSummary | null = null;
    try {
      const bytes = await readFile(file);
      const type = kind === 'pglite-gzip' ? 'application/gzip' : 'application/x-tar';
      const db = await open(staging, new Blob([bytes], { type }));
      try {
        summary = await summarise(queryOf(db));
      } finally {
        await db.close();
      }
    } catch (err) {
      await rm(staging, { recursive: true, force: true });
      throw new BackupError(`${file} is not a readable PGlite backup: ${(err as Error).message}`);
    }
    if (!summary) {
      await rm(staging, { recursive: true, force: true });
      throw new BackupError(
        `${file} holds a PGlite database without the Tavazon schema; nothing was changed`,
      );
    }
    const replaced = `${dataDir}.replaced-${process.pid}`;
    const hadTarget = existsSync(dataDir);
    if (hadTarget) await rename(dataDir, replaced);
    try {
      await rename(staging, dataDir);
    } catch (err) {
      if (hadTarget) await rename(replaced, dataDir);
      throw err;
    }
    if (hadTarget) await rm(replaced, { recursive: true, force: true });
    return { summary };
  } finally {
    unlock();
  }
}

/** What the database about to be refused holds, for the message (best effort: it may be damaged). */
async function describeExisting(dataDir: string): Promise<string> {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) return 'files that are not a database';
  try {
    const db = await open(dataDir);
    try {
      const summary = await summarise(queryOf(db));
      return summary ? describeSummary(summary) : 'no Tavazon schema';
    } finally {
      await db.close();
    }
  } catch {
    return 'unreadable';
  }
}
