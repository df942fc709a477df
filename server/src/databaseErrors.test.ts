import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { errorResponse } from './errors.ts';

// What PostgreSQL's own failures become: postgres.js rejects with an Error carrying the SQLSTATE in `code`.
const failing = (fields: Record<string, string>) => {
  const app = new Hono().get('/', () => {
    throw Object.assign(new Error(fields.message ?? 'failed'), fields);
  });
  app.onError(errorResponse);
  return app;
};

describe('database failures', () => {
  it('a full disk (53100) is a 503 saying so, not a 500', async () => {
    const res = await failing({
      code: '53100',
      message: 'could not extend file "base/16384/16385": No space left on device',
    }).request('/');
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toBeTruthy();
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('server.disk_full');
    expect(body.error.message).toMatch(/disk is full/);
  });

  it('a lost connection is a 503 with Retry-After', async () => {
    const res = await failing({ code: 'ECONNREFUSED' }).request('/');
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toBe('2');
  });
});
