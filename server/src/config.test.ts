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

  it('reads the response cache size and public max-age, leaving the defaults to createApp', () => {
    expect(readConfig({}).responseCache).toEqual({ bytes: undefined, publicMaxAge: undefined });
    expect(
      readConfig({ TAVAZON_RESPONSE_CACHE_BYTES: '1048576', TAVAZON_PUBLIC_MAX_AGE: '0' }).responseCache,
    ).toEqual({ bytes: 1_048_576, publicMaxAge: 0 });
  });
});
