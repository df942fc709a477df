import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BodyCache, type CachedBody, compressQuick, decompress } from './bodyCache.ts';

// Random bytes do not compress: their size is what the cache must hold.
const entry = (bytes: number, best = true): CachedBody => ({
  bytes: randomBytes(bytes),
  coding: 'br',
  headers: { 'content-type': 'application/json' },
  best,
});

describe('BodyCache', () => {
  it('never holds more than its bound, letting the least recently used go', () => {
    const cache = new BodyCache(100_000);
    for (let i = 0; i < 50; i++) {
      cache.set(`k${i}`, entry(9_000));
      expect(cache.bytes).toBeLessThanOrEqual(100_000);
      if (i > 0) cache.get('k0'); // kept in use: stays
    }
    expect(cache.entries).toBeLessThan(50);
    expect(cache.get('k0')).toBeDefined();
    expect(cache.get('k1')).toBeUndefined();
    expect(cache.get('k49')).toBeDefined();
  });

  it('keeps no answer larger than a quarter of its bound, and nothing with a bound of 0', () => {
    const cache = new BodyCache(100_000);
    cache.set('big', entry(30_000));
    expect(cache.get('big')).toBeUndefined();
    const none = new BodyCache(0);
    none.set('a', entry(10));
    expect(none.get('a')).toBeUndefined();
    expect(none.bytes).toBe(0);
  });

  it('recompresses a repeated answer at the highest level, with the same content', async () => {
    const json = Buffer.from(
      JSON.stringify(Array.from({ length: 4000 }, (_, i) => ({ id: i, name: `county ${i % 97}` }))),
    );
    const quick = await compressQuick(json, 'br');
    const cache = new BodyCache(10_000_000);
    cache.set('k', { bytes: quick, coding: 'br', headers: {}, best: false });
    expect(cache.get('k')!.best).toBe(false);
    await cache.settled();
    const best = cache.get('k')!;
    expect(best.best).toBe(true);
    expect(best.bytes.length).toBeLessThan(quick.length);
    expect((await decompress(best.bytes, 'br')).equals(json)).toBe(true);
  });

  it('recompresses a large answer as soon as it is cached, before anyone asks again', async () => {
    // Random coordinates: about half of their digits survive compression, so the body stays large.
    const json = Buffer.from(
      JSON.stringify(Array.from({ length: 6000 }, () => [Math.random(), Math.random()])),
    );
    const quick = await compressQuick(json, 'br');
    expect(quick.length).toBeGreaterThan(32 * 1024);
    const cache = new BodyCache(10_000_000);
    cache.set('layer', { bytes: quick, coding: 'br', headers: {}, best: false });
    await cache.settled();
    expect(cache.hits).toBe(0);
    const best = cache.get('layer')!;
    expect(best.best).toBe(true);
    expect((await decompress(best.bytes, 'br')).equals(json)).toBe(true);
    // A small one waits for its second request.
    const small = Buffer.from(JSON.stringify(Array.from({ length: 2000 }, (_, i) => ({ id: i }))));
    cache.set('small', { bytes: await compressQuick(small, 'br'), coding: 'br', headers: {}, best: false });
    await cache.settled();
    expect(cache.get('small')!.best).toBe(false);
  });
});
