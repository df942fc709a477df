import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveDataDir } from '@tavazon/data';
import { afterAll, describe, expect, inject, it } from 'vitest';

// How the server's start fails when the operator must act: one line saying why, a non-zero exit, never a
// stack trace or a healthy server without data. Engine-independent, so run in the PGlite pass only.
const root = fileURLToPath(new URL('../../', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'tavazon-start-'));

function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const { DATABASE_URL: _, ...inherited } = process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: root,
      env: { ...inherited, PORT: String(40_000 + Math.floor(Math.random() * 20_000)), ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 100_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

afterAll(() => {
  spawnSync('umount', [join(temp, 'readonly')], { stdio: 'ignore' });
  rmSync(temp, { recursive: true, force: true });
});

describe.skipIf(inject('engine') !== 'pglite')('a start that cannot succeed', () => {
  it('on a read-only data folder says so in one line, without a stack trace', async () => {
    const folder = join(temp, 'readonly');
    mkdirSync(folder);
    // Root ignores permission bits, so as root the folder is a read-only mount.
    if (process.getuid?.() === 0) {
      const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', folder]);
      expect(mount.status, mount.stderr.toString()).toBe(0);
    } else chmodSync(folder, 0o555);
    const { code, stderr } = await start({ TAVAZON_PGLITE_DIR: join(folder, 'pglite') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot write the embedded database at .*readonly.*(read-only|permission denied)/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('whose data load failed exits non-zero naming the dataset, not a healthy server with no data', async () => {
    // The real data, with the province and census boundary files broken.
    const data = join(temp, 'data');
    const real = resolveDataDir();
    cpSync(real, data, { recursive: true, filter: (src) => !/\.(shp|geojson|csv|dbf|shx)$/.test(src) });
    for (const f of ['counties.geojson', 'census-2016/counties-2016.dbf', 'census-2016/counties-2016.shx']) {
      symlinkSync(join(real, f), join(data, f));
    }
    for (const f of [
      'census-2016/population-2016-by-age-sex.csv',
      'census-2016/labour-2016-by-education-sex.csv',
      'census-2016/population-2011-by-age-sex.csv',
      'source-documents/driver-projects.csv',
    ]) {
      symlinkSync(join(real, f), join(data, f));
    }
    writeFileSync(join(data, 'provinces.geojson'), '{ not json');
    writeFileSync(join(data, 'census-2016/counties-2016.shp'), 'not a shapefile');
    const { code, stderr } = await start({
      TAVAZON_PGLITE_DIR: join(temp, 'pglite'),
      TAVAZON_DATA_DIR: data,
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/loading the reference data failed \(current: .*census: /);
  });
});
