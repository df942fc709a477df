import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Sql } from './connect.ts';
import { transaction } from './transaction.ts';

export const migrationsDir = fileURLToPath(new URL('../../migrations/', import.meta.url));

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

/** Thrown when an applied migration's file changed: history must be fixed forward, never rewritten. */
export class MigrationChangedError extends Error {
  constructor(readonly migration: string) {
    super(
      `migration ${migration} was changed after it was applied to this database. ` +
        'Migrations are forward-only: restore the file and add a new migration for the change.',
    );
    this.name = 'MigrationChangedError';
  }
}

const checksum = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Applies every migration in `data/migrations/` not yet recorded, in name order, each in its own
 * transaction, and checks the checksum of those already applied.
 */
export async function migrate(sql: Sql, dir = migrationsDir): Promise<MigrationResult> {
  await sql`
    CREATE TABLE IF NOT EXISTS schema_migration (
      name       text PRIMARY KEY,
      checksum   text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`;
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const applied: string[] = [];
  let alreadyApplied = 0;
  for (const name of files) {
    const text = await readFile(new URL(name, `file://${dir}`), 'utf8');
    const sum = checksum(text);
    const done = await transaction(sql, async (tx) => {
      // Two servers starting together must not both apply a migration.
      await tx`SELECT pg_advisory_xact_lock(7290331)`;
      const [row] = await tx<
        { checksum: string }[]
      >`SELECT checksum FROM schema_migration WHERE name = ${name}`;
      if (row) {
        if (row.checksum !== sum) throw new MigrationChangedError(name);
        return false;
      }
      await tx.unsafe(text).simple();
      await tx`INSERT INTO schema_migration (name, checksum) VALUES (${name}, ${sum})`;
      return true;
    });
    if (done) applied.push(name);
    else alreadyApplied += 1;
  }
  return { applied, alreadyApplied };
}
