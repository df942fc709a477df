import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '@tavazon/server';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openDb } from './accounts.ts';

// The compressed-body cache holds at most TAVAZON_RESPONSE_CACHE_BYTES, whatever is asked: a server of
// its own here, with a bound small enough for the provinces' county layers to overflow it.
const bound = 50_000;
const sql = openDb();
const app = createApp({ sql, engine: inject('engine'), responseCache: { bytes: bound } });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
let base = '';

beforeAll(async () => {
  if (!server.listening) await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await sql.end({ timeout: 5 });
});

async function metric(name: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  expect(line, name).toBeDefined();
  return Number(line!.split(' ')[1]);
}

async function get(path: string) {
  const res = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'br' } });
  const bytes = (await res.arrayBuffer()).byteLength;
  expect(res.status, path).toBe(200);
  return bytes;
}

it('keeps at most the configured bytes, least recently used out, and counts hits and misses', async () => {
  const provinces = await sql<{ code: string }[]>`
    SELECT code FROM admin_unit WHERE boundary_set = 'current' AND level = 'province' ORDER BY code`;
  expect(provinces.length).toBe(31);
  let sent = 0;
  for (const { code } of provinces) {
    sent += await get(`/api/counties?set=current&province=${code}&indicator=population`);
    expect(await metric('tavazon_response_cache_bytes')).toBeLessThanOrEqual(bound);
  }
  // More than the bound was made, so some answers were let go.
  expect(sent).toBeGreaterThan(bound);
  const entries = await metric('tavazon_response_cache_entries');
  expect(entries).toBeGreaterThan(0);
  expect(entries).toBeLessThan(provinces.length);
  expect(await metric('tavazon_response_cache_bytes')).toBeGreaterThan(bound / 2);

  // The last ones asked are still there; the first one was let go.
  const hits = await metric('tavazon_response_cache_hits_total');
  const misses = await metric('tavazon_response_cache_misses_total');
  await get(`/api/counties?set=current&province=${provinces.at(-1)!.code}&indicator=population`);
  expect(await metric('tavazon_response_cache_hits_total')).toBe(hits + 1);
  await get(`/api/counties?set=current&province=${provinces[0]!.code}&indicator=population`);
  expect(await metric('tavazon_response_cache_misses_total')).toBe(misses + 1);

  // An answer over a quarter of the bound (the national layer, ≈ 140 KB compressed) is never kept.
  await get('/api/counties?set=current');
  await get('/api/counties?set=current');
  expect(await metric('tavazon_response_cache_misses_total')).toBe(misses + 3);
  expect(await metric('tavazon_response_cache_bytes')).toBeLessThanOrEqual(bound);
});
