import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MigrationChangedError, migrate, migrationsDir, type Sql } from '@tavazon/data';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';

const sql = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} }) as unknown as Sql;
afterAll(() => sql.end({ timeout: 5 }));

describe('migrations', () => {
  it('are all recorded with a checksum, and a second run applies nothing', async () => {
    const rows = await sql<{ name: string; checksum: string }[]>`SELECT name, checksum FROM schema_migration`;
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
    const again = await migrate(sql);
    expect(again.applied).toEqual([]);
  });

  it('refuses to start when an applied migration was changed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tavazon-migrations-'));
    await cp(migrationsDir, dir, { recursive: true });
    const first = join(dir, '0001_create_boundaries.sql');
    await writeFile(first, `${await readFile(first, 'utf8')}\n-- edited after the fact\n`);
    const attempt = migrate(sql, `${dir}/`);
    await expect(attempt).rejects.toBeInstanceOf(MigrationChangedError);
    await expect(attempt).rejects.toThrow(/0001_create_boundaries\.sql was changed/);
  });
});
