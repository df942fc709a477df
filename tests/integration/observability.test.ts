import { createApp } from '@tavazon/server';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openDb, password, signedIn } from './accounts.ts';

const sql = openDb();
afterAll(() => sql.end({ timeout: 5 }));
const base = inject('baseUrl');

describe('request ids and the request log', () => {
  it('echoes a request id in X-Request-Id and in the error body', async () => {
    const res = await fetch(`${base}/api/projects/abc`);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await res.json()) as { error: { request_id: string } };
    expect(res.status).toBe(400);
    expect(body.error.request_id).toBe(id);
    // A proxy's id is kept; a hostile one is replaced.
    const kept = await fetch(`${base}/api/health`, { headers: { 'x-request-id': 'proxy-1234abcd' } });
    expect(kept.headers.get('x-request-id')).toBe('proxy-1234abcd');
    const replaced = await fetch(`${base}/api/health`, {
      headers: { 'x-request-id': 'a b\u00e9'.repeat(3) },
    });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes one JSON line per request: route pattern, status, duration, user; never a password or token', async () => {
    const lines: string[] = [];
    const app = createApp({ sql, engine: inject('engine'), requestLog: (l) => lines.push(l) });
    const admin = await signedIn(sql, 'admin');
    const login = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: admin.user.username, password }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const project = await app.request('/api/projects/999999999?token=secret-in-query', {
      headers: { cookie },
    });
    expect(project.status).toBe(404);
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((l) => JSON.parse(l));
    expect(first).toMatchObject({ msg: 'request', method: 'POST', route: '/api/auth/login', status: 200 });
    expect(second).toMatchObject({
      route: '/api/projects/:id',
      status: 404,
      user_id: admin.user.id,
      request_id: project.headers.get('x-request-id'),
    });
    expect(second.duration_ms).toBeGreaterThanOrEqual(0);
    const all = lines.join('\n');
    for (const secret of [password, cookie.split('=')[1]!, 'secret-in-query', admin.user.username]) {
      expect(all).not.toContain(secret);
    }
  });
});

describe('/metrics', () => {
  it('serves Prometheus text to a caller on this machine', async () => {
    await fetch(`${base}/api/meta`);
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/tavazon_http_requests_total\{method="GET",route="\/api\/meta",status="200"\} \d+/);
    expect(text).toMatch(
      /tavazon_http_request_duration_seconds_bucket\{le="0.1",method="GET",route="\/api\/meta"\}/,
    );
    expect(text).toMatch(/^tavazon_database_up 1$/m);
    expect(text).toMatch(/^tavazon_database_outages_total 0$/m);
    expect(text).toContain('tavazon_nodejs_eventloop_lag_seconds');
    expect(text).toMatch(/^tavazon_worker_pool_queued \d+$/m);
    expect(text).toMatch(/^tavazon_worker_pool_threads \d+$/m);
  });

  it('refuses others without the token: through a proxy, or not from this machine', async () => {
    const proxied = await fetch(`${base}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(proxied.status).toBe(403);
    const token = 'a-metrics-token-of-some-length';
    const app = createApp({ sql, engine: inject('engine'), metricsToken: token });
    // In-process: no socket, so not local.
    const anonymous = await app.request('/metrics');
    expect(anonymous.status).toBe(403);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('metrics.forbidden');
    expect((await app.request('/metrics', { headers: { authorization: 'Bearer wrong' } })).status).toBe(403);
    const allowed = await app.request('/metrics', { headers: { authorization: `Bearer ${token}` } });
    expect(allowed.status).toBe(200);
  });
});
