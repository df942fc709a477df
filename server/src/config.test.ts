import { repoRoot } from '@tavazon/data';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig', () => {
  it('resolves relative data and database folders against the repository root, whatever the current folder', () => {
    const config = readConfig({ TAVAZON_PGLITE_DIR: 'var/db', TAVAZON_DATA_DIR: '../shared/data/iran' });
    expect(config.pgliteDir).toBe(`${repoRoot}var/db`);
    expect(config.dataDir).toBe(`${repoRoot.replace(/[^/]+\/$/, '')}shared/data/iran`);
    expect(readConfig({}).pgliteDir).toBe(`${repoRoot}.data/pglite`);
  });

  it('takes the public origin from TAVAZON_PUBLIC_ORIGIN, else the listen address', () => {
    expect(readConfig({ TAVAZON_PUBLIC_ORIGIN: 'https://tavazon.example.ir' }).auth.publicOrigins).toEqual([
      'https://tavazon.example.ir',
    ]);
    expect(readConfig({ PORT: '9000' }).auth.publicOrigins).toEqual([
      'http://localhost:9000',
      'http://127.0.0.1:9000',
    ]);
  });
});
