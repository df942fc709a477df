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
 * When a process started (clock ticks since boot, field 22 of /proc/<pid>/stat), or null where there is
 * no /proc: with the PID it names one process, so a PID reused after a reboot or a crash is told apart.
 */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** The holder a lock file names: `pid start` (older locks: the pid alone). */
function holder(text: string): { pid: number; start: string | null } {
  const [pid, start] = text.trim().split(/\s+/);
  return { pid: Number(pid), start: start ?? null };
}

/**
 * Takes the lock of a PGlite data directory: `<dataDir>.lock` holding this process's id and start time. PGlite has no
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
      const { pid, start } = holder(readFileSync(path, 'utf8'));
      // A live process of that PID holds it only if it is the same process (same start time).
      const sameProcess = start === null || processStart(pid) === null || processStart(pid) === start;
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) && sameProcess) {
        throw new DatabaseInUseError(
          `the embedded database at ${dataDir} is in use by process ${pid} (a running server or user ` +
            `command; lock file ${path}); stop it first: PGlite can be opened by one process at a time. ` +
            'If no such process uses it, delete the lock file.',
        );
      }
      rmSync(path, { force: true });
      continue;
    }
    const start = processStart(process.pid);
    writeSync(fd, start ? `${process.pid} ${start}` : String(process.pid));
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
  throw new DatabaseInUseError(`could not take the lock file ${path} of the embedded database`);
}
