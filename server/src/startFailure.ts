import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseInUseError, MigrationChangedError } from '@tavazon/data';

// A file-system refusal: the folder is read-only, not ours, or the disk is full.
const fileSystemCodes: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  ENOTDIR: 'a part of the path is a file, not a folder',
};

/**
 * The one line to print for a start-up failure the operator can fix, or null for a bug (whose stack
 * trace is then the useful output).
 */
export function startFailure(err: unknown, pgliteDir: string): string | null {
  if (err instanceof MigrationChangedError || err instanceof DatabaseInUseError) return err.message;
  let e = err as NodeJS.ErrnoException;
  if (e?.name === 'DataDirError') return e.message;
  // A recursive mkdir on a read-only file system reports ENOENT: ask the nearest existing folder why.
  if (e?.code === 'ENOENT' && e.syscall === 'mkdir' && e.path) e = whyNotWritable(e.path) ?? e;
  const why = e?.code ? fileSystemCodes[e.code] : undefined;
  if (why) {
    return (
      `cannot write the embedded database at ${pgliteDir}: ${why} (${e.code}${e.path ? ` on ${e.path}` : ''}); ` +
      'make it writable or set TAVAZON_PGLITE_DIR to a writable folder'
    );
  }
  return null;
}

function whyNotWritable(path: string): NodeJS.ErrnoException | null {
  let folder = path;
  while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
  try {
    accessSync(folder, constants.W_OK);
    return null;
  } catch (err) {
    return err as NodeJS.ErrnoException;
  }
}
