import { open } from 'node:fs/promises';
import { BackupError } from './summary.ts';

/** What a backup file is, told by its first bytes (never by its name, which a user may change). */
export type ArchiveKind = 'pglite-gzip' | 'pglite-tar' | 'postgres';

/**
 * pg_dump's custom format starts with "PGDMP"; a PGlite data directory dump is a tar (ustar magic at
 * byte 257), gzipped by `pnpm backup`. Anything else is refused before the database is touched.
 */
export async function archiveKind(file: string): Promise<ArchiveKind> {
  let head: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      head = Buffer.alloc(512);
      const { bytesRead } = await handle.read(head, 0, 512, 0);
      head = head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw new BackupError(`cannot read ${file}: ${(err as Error).message}`);
  }
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite-gzip';
  if (head.subarray(257, 262).toString('latin1') === 'ustar') return 'pglite-tar';
  throw new BackupError(
    `${file} is not a Tavazon backup (neither a PGlite data directory archive nor a pg_dump custom-format file)`,
  );
}
