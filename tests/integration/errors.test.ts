import { createServer } from 'node:net';
import type { Sql } from '@tavazon/data';
import { createApp } from '@tavazon/server';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { get } from './http.ts';

const badRequests: [path: string, field: string][] = [
  ['/api/counties?zoom=abc', 'zoom'],
  ['/api/counties?zoom=99', 'zoom'],
  ['/api/counties?province=Isfahan', 'province'],
  ['/api/counties?set=Robert%27);DROP%20TABLE%20project;--', 'set'],
  ['/api/counties?period=1395', 'period'],
  ['/api/counties?indicator=unemployment_rate&period=13', 'period'],
  ['/api/provinces?zoom=-1', 'zoom'],
  ['/api/counties/at?lng=48&lat=1%20OR%201=1', 'lat'],
  ['/api/counties/at?lng=1e999&lat=36', 'lng'],
  ['/api/counties/at?lng=48&lat=36&set=current%27--', 'set'],
  ['/api/counties/at?lng=48&lat=36&x=1', 'x'],
  ['/api/projects?status=finished', 'status'],
  ['/api/projects?status=', 'status'],
  ['/api/projects?bbox=1,2,3', 'bbox'],
  ['/api/projects?bbox=60,30,50,40', 'bbox'],
  ['/api/projects?sector=space-travel', 'sector'],
  ["/api/projects?county=1'%20OR%20'1'='1", 'county'],
  ['/api/projects/abc', 'id'],
  ['/api/projects/-4', 'id'],
  ['/api/regions', 'scheme'],
  ['/api/regions?scheme=1.5', 'scheme'],
  [`/api/projects?sector=${'a'.repeat(600)}`, 'sector'],
];

const notFound: [path: string, field: string][] = [
  ['/api/counties?set=census-1999', 'set'],
  ['/api/counties?province=IR-77', 'province'],
  ['/api/counties?set=current&indicator=unemployment_rate&period=1390', 'period'],
  ['/api/counties?set=census-1395&indicator=unemployment_rate&period=1400', 'period'],
  ['/api/counties?set=census-1395&indicator=no_such_indicator', 'indicator'],
  ['/api/counties/9999?set=census-1395', 'code'],
  ['/api/counties/at?lng=48&lat=36&set=census-1999', 'set'],
  ['/api/indicators/unemployment_rate/values?set=census-1395&period=1390', 'period'],
  ['/api/projects?county=osm-1', 'county'],
  ['/api/regions?scheme=424242', 'scheme'],
];

describe('bad parameters', () => {
  it.each(badRequests)('%s → 400 naming %s', async (path, field) => {
    const { status, body, text } = await get(path);
    expect(status).toBe(400);
    expect(body.error.field).toBe(field);
    expect(body.error.message).toContain(field);
    // A field rule broken (named in its params for the web to word), or a code that does not exist.
    expect(body.error.code).toMatch(/^field\.(invalid|unknown|requires)$|^sector\.unknown$/);
    if (body.error.code.startsWith('field.')) expect(body.error.params.field).toBe(field);
    expect(text).not.toMatch(/at .*\.ts:\d+|node_modules/);
  });

  it.each(notFound)('%s → 404 naming %s', async (path, field) => {
    const { status, body } = await get(path);
    expect(status).toBe(404);
    expect(body.error.field).toBe(field);
    expect(body.error.code).toMatch(/\.not_found$|^indicator\.no_values$/);
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const { status, body } = await get('/api/nothing-here');
    expect(status).toBe(404);
    expect(body.error.message).toContain('/api/nothing-here');
    expect(body.error).toMatchObject({ code: 'request.no_route', params: { path: '/api/nothing-here' } });
  });

  it('still has every project after the injection attempts', async () => {
    const { body } = await get('/api/projects');
    expect(body.features).toHaveLength(21);
  });
});

describe('a database that is down', () => {
  it('gets 503 with a message, not a stack trace', async () => {
    // A port that was just free: nothing listens there, so the connection is refused for real.
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const sql = postgres(`postgres://nobody@127.0.0.1:${port}/none`, {
      max: 1,
      connect_timeout: 2,
    }) as unknown as Sql;
    const app = createApp({ sql, engine: 'postgres' });
    const res = await app.request('/api/counties');
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: { message: string; code: string } };
    expect(body.error.message).toMatch(/database is unavailable/);
    expect(body.error.code).toBe('server.unavailable');
    await sql.end({ timeout: 1 });
  });
});
