import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

/** Another live process has the embedded database open. */
export class DatabaseInUseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else; it still holds the files.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock of a PGlite data directory: `<dataDir>.lock` holding this process's id. PGlite has no
 * lock of its own (PostgreSQL's postmaster.pid does not guard it), and two processes writing the same
 * files — a second `pnpm start`, or `pnpm user:create` beside a running server — leave a database that no
 * longer starts. A lock whose process is gone (a crash, a kill -9) is taken over. Returns the release.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = `${dataDir.replace(/\/+$/, '')}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new DatabaseInUseError(
          `the embedded database at ${dataDir} is in use by process ${pid} (a running server or user ` +
            'command); stop it first: PGlite can be opened by one process at a time',
        );
      }
      rmSync(path, { force: true });
      continue;
    }
    writeSync(fd, String(process.pid));
    closeSync(fd);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      rmSync(path, { force: true });
    };
    // Also on an exit that skips close(): an uncaught error, process.exit().
    process.once('exit', release);
    return release;
  }
  throw new DatabaseInUseError(`could not take the lock ${path} of the embedded database`);
}
