import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseInUseError, lockDataDir, processStart } from './lockDataDir.ts';

const dir = () => join(mkdtempSync(join(tmpdir(), 'tavazon-lock-')), 'pglite');

describe('lockDataDir', () => {
  it('lets one process in at a time and frees the directory on release', () => {
    const dataDir = dir();
    const release = lockDataDir(dataDir);
    expect(readFileSync(`${dataDir}.lock`, 'utf8')).toBe(`${process.pid} ${processStart(process.pid)}`);
    // Another live process holds it (the parent of this test process stands in for it).
    writeFileSync(`${dataDir}.lock`, String(process.ppid));
    expect(() => lockDataDir(dataDir)).toThrow(DatabaseInUseError);
    expect(() => lockDataDir(dataDir)).toThrow(`in use by process ${process.ppid}`);
    expect(() => lockDataDir(dataDir)).toThrow(`lock file ${dataDir}.lock`);
    writeFileSync(`${dataDir}.lock`, `${process.ppid} ${processStart(process.ppid)}`);
    expect(() => lockDataDir(dataDir)).toThrow(DatabaseInUseError);
    writeFileSync(`${dataDir}.lock`, String(process.pid));
    release();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    lockDataDir(dataDir)();
  });

  it('takes over the lock of a process that is gone', () => {
    const dataDir = dir();
    // PIDs are below 2^22 on Linux: this one cannot be running.
    writeFileSync(`${dataDir}.lock`, '99999999');
    const release = lockDataDir(dataDir);
    expect(readFileSync(`${dataDir}.lock`, 'utf8')).toMatch(new RegExp(`^${process.pid} `));
    release();
  });

  it('takes over the lock of a reused PID: a live process that started at another time', () => {
    const dataDir = dir();
    // The parent is alive, but the lock says its holder started at another time: not the same process.
    writeFileSync(`${dataDir}.lock`, `${process.ppid} 1`);
    const release = lockDataDir(dataDir);
    expect(readFileSync(`${dataDir}.lock`, 'utf8')).toMatch(new RegExp(`^${process.pid} `));
    release();
  });
});
