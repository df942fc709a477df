import { execFile } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@tavazon/data';
import { createApp } from '@tavazon/server';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { createUser } from '../../server/src/users/createUser.ts';
import { Client, openDb, password, signedIn, uniqueName } from './accounts.ts';

const sql = openDb();
afterAll(() => sql.end({ timeout: 5 }));
// Throttling tests fail logins on purpose; later files must still be able to sign in from this address.
afterEach(async () => {
  await sql`DELETE FROM login_attempt`;
});

const newUser = async (role: 'admin' | 'planner' | 'viewer' = 'viewer') =>
  createUser(sql, { username: uniqueName(`auth-${role}`), role, password });

describe('signing in', () => {
  it('sets an httpOnly, SameSite=Lax session cookie and returns the CSRF token', async () => {
    const user = await newUser();
    const client = new Client();
    const res = await client.login(user.username);
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tavazon_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=604800/);
    expect(cookie).not.toMatch(/Secure/);
    expect(res.body.user).toMatchObject({ username: user.username, role: 'viewer' });
    expect(res.body).not.toHaveProperty('user.password_hash');
    const session = await client.get('/api/auth/session');
    expect(session.body.user.username).toBe(user.username);
    expect(session.body.csrfToken).toBe(res.body.csrfToken);
    expect(session.headers.get('cache-control')).toBe('no-store');
    // Only a hash of the token is stored.
    const token = client.cookie!.split('=')[1]!;
    const rows = await sql`SELECT 1 FROM user_session WHERE token_hash = ${token}`;
    expect(rows).toHaveLength(0);
  });

  it('marks the cookie Secure when the request came over https', async () => {
    const user = await newUser();
    const res = await new Client().post(
      '/api/auth/login',
      { username: user.username, password },
      { headers: { 'x-forwarded-proto': 'https' } },
    );
    expect(res.headers.getSetCookie().join()).toMatch(/Secure/);
  });

  it('stores passwords as argon2id hashes', async () => {
    const user = await newUser();
    const [row] = await sql<
      { password_hash: string }[]
    >`SELECT password_hash FROM app_user WHERE id = ${user.id}`;
    expect(row!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row!.password_hash).not.toContain(password);
  });

  it('gives one answer for an unknown user, a wrong password and a disabled account', async () => {
    const user = await newUser();
    const disabled = await newUser();
    await sql`UPDATE app_user SET disabled = true WHERE id = ${disabled.id}`;
    const answers = await Promise.all([
      new Client().login('nobody-at-all'),
      new Client().login(user.username, 'wrong-password-123'),
      new Client().login(disabled.username),
    ]);
    for (const a of answers) {
      expect(a.status).toBe(401);
      expect(a.body.error.message).toBe('username or password is wrong');
      expect(a.headers.getSetCookie()).toEqual([]);
    }
  });

  it('refuses a password shorter than 12 characters', async () => {
    await expect(
      createUser(sql, { username: uniqueName('short'), role: 'viewer', password: 'short' }),
    ).rejects.toThrow(/password: must be at least 12/);
  });
});

describe('login throttling', () => {
  // In-process, behind a "proxy", so that each request may come from the address a test chooses.
  const proxied = () => createApp({ sql, engine: inject('engine'), auth: { trustProxy: true } });
  const loginFrom = (app: ReturnType<typeof proxied>, address: string, username: string, secret: string) =>
    app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ username, password: secret }),
    });

  it('counts by username and address together, with growing delays; the owner elsewhere is never locked out', async () => {
    const app = proxied();
    const user = await newUser();
    const attacker = `198.51.100.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 3; i++)
      expect((await loginFrom(app, attacker, user.username, `wrong-${i}-password`)).status).toBe(401);
    const first = await loginFrom(app, attacker, user.username, password);
    expect(first.status).toBe(429);
    const wait1 = Number(first.headers.get('retry-after'));
    expect(wait1).toBeGreaterThan(0);
    expect(wait1).toBeLessThanOrEqual(2);
    // The wait over, one more failure doubles it.
    await sql`UPDATE login_attempt SET at = at - interval '3 seconds' WHERE username = ${user.username}`;
    expect((await loginFrom(app, attacker, user.username, 'wrong-3-password')).status).toBe(401);
    const second = await loginFrom(app, attacker, user.username, password);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(2);
    expect(Number(second.headers.get('retry-after'))).toBeLessThanOrEqual(4);
    expect(((await second.json()) as any).error.code).toBe('auth.too_many_attempts');
    // Before, 5 failures for a name locked it for 15 minutes from every address.
    for (let i = 4; i < 8; i++) {
      await sql`UPDATE login_attempt SET at = at - interval '6 minutes' WHERE username = ${user.username}
                AND at > now() - interval '1 minute'`;
      await loginFrom(app, attacker, user.username, `wrong-${i}-password`);
    }
    expect((await loginFrom(app, '203.0.113.7', user.username, password)).status).toBe(200);
  });

  it('keeps the count in the database: a new server process (a restart) still refuses', async () => {
    const user = await newUser();
    for (let i = 0; i < 5; i++)
      await loginFrom(proxied(), '198.51.100.250', user.username, `wrong-${i}-password`);
    expect((await loginFrom(proxied(), '198.51.100.250', user.username, password)).status).toBe(429);
  });

  it('lifts the block when the failures are older than 15 minutes', async () => {
    const user = await newUser();
    for (let i = 0; i < 5; i++) await new Client().login(user.username, `wrong-${i}-password`);
    await sql`UPDATE login_attempt SET at = at - interval '16 minutes' WHERE username = ${user.username}`;
    expect((await new Client().login(user.username)).status).toBe(200);
  });

  it('answers 429 after 20 failures from one address, whatever the usernames', async () => {
    for (let i = 0; i < 20; i++) await new Client().login(uniqueName('spray'), 'wrong-password-123');
    const user = await newUser();
    const res = await new Client().login(user.username);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    await sql`DELETE FROM login_attempt WHERE username LIKE 'spray-%'`;
  });

  it('is cleared by an admin (POST /api/users/:id/unlock), and the audit log shows it all', async () => {
    const app = proxied();
    const user = await newUser();
    // The 4th and later are refused unchecked (throttled), so not counted.
    for (let i = 0; i < 6; i++) await loginFrom(app, '198.51.100.251', user.username, `wrong-${i}-password`);
    expect((await loginFrom(app, '198.51.100.251', user.username, password)).status).toBe(429);
    const admin = await signedIn(sql, 'admin');
    const unlocked = await admin.post(`/api/users/${user.id}/unlock`);
    expect(unlocked.status).toBe(200);
    expect(unlocked.body).toMatchObject({ username: user.username, cleared: 3 });
    expect((await loginFrom(app, '198.51.100.251', user.username, password)).status).toBe(200);

    const log = await admin.get('/api/audit?limit=1000');
    expect(log.status).toBe(200);
    const mine = log.body.filter((e: any) => e.target_username === user.username);
    const actions = mine.map((e: any) => e.action);
    expect(actions.filter((a: string) => a === 'login.failed')).toHaveLength(3);
    expect(actions).toContain('login.throttled');
    expect(actions).toContain('login.succeeded');
    expect(mine.find((e: any) => e.action === 'account.unlocked')).toMatchObject({
      actor_username: admin.user.username,
      address: '127.0.0.1',
    });
    expect(log.text).not.toContain(password);
    expect((await new Client().get('/api/audit')).status).toBe(401);
    expect((await (await signedIn(sql, 'viewer')).get('/api/audit')).status).toBe(403);
    expect((await admin.get('/api/audit?limit=0')).status).toBe(400);
  });
});

describe('sessions', () => {
  it('ends at logout: the cookie is cleared and the session row deleted', async () => {
    const client = await signedIn(sql, 'viewer');
    const res = await client.post('/api/auth/logout');
    expect(res.status).toBe(204);
    expect(res.headers.getSetCookie().join()).toMatch(/tavazon_session=;.*Max-Age=0/);
    const after = await client.get('/api/auth/session');
    expect(after.body.user).toBeNull();
    const internal = await client.get('/api/projects?published=false');
    expect(internal.status).toBe(401);
  });

  it('expires after the idle time and after the absolute lifetime', async () => {
    for (const column of ['idle_expires_at', 'expires_at']) {
      const client = await signedIn(sql, 'admin');
      expect((await client.get('/api/users')).status).toBe(200);
      await sql`UPDATE user_session SET ${sql(column)} = now() - interval '1 second' WHERE user_id = ${client.id}`;
      const res = await client.get('/api/users');
      expect(res.status).toBe(401);
      expect(res.headers.getSetCookie().join()).toMatch(/tavazon_session=;/);
      expect((await client.get('/api/auth/session')).body.user).toBeNull();
    }
  });

  it('pushes the idle end forward on use, never past the absolute end', async () => {
    const client = await signedIn(sql, 'viewer');
    await sql`UPDATE user_session SET last_seen_at = now() - interval '2 hours',
      idle_expires_at = now() + interval '6 hours', expires_at = now() + interval '3 hours' WHERE user_id = ${client.id}`;
    await client.get('/api/auth/session');
    const [row] = await sql<{ idle: boolean }[]>`
      SELECT idle_expires_at = expires_at AS idle FROM user_session WHERE user_id = ${client.id}`;
    expect(row!.idle).toBe(true);
  });

  it('ends every session of a user who is disabled', async () => {
    const admin = await signedIn(sql, 'admin');
    const victim = await signedIn(sql, 'viewer');
    const res = await admin.patch(`/api/users/${victim.id}`, { disabled: true });
    expect(res.status).toBe(200);
    expect((await victim.get('/api/auth/session')).body.user).toBeNull();
    expect((await new Client().login(victim.username)).status).toBe(401);
  });

  it('changes the own password given the current one, ending the other sessions', async () => {
    const a = await signedIn(sql, 'viewer');
    const b = new Client();
    await b.login(a.username);
    const wrong = await a.post('/api/auth/password', {
      current_password: 'not-it-at-all',
      new_password: 'a-brand-new-password',
    });
    expect(wrong.status).toBe(403);
    const short = await a.post('/api/auth/password', { current_password: password, new_password: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.error.field).toBe('new_password');
    const ok = await a.post('/api/auth/password', {
      current_password: password,
      new_password: 'a-brand-new-password',
    });
    expect(ok.status).toBe(204);
    expect((await a.get('/api/auth/session')).body.user).not.toBeNull();
    expect((await b.get('/api/auth/session')).body.user).toBeNull();
    expect((await new Client().login(a.username, 'a-brand-new-password')).status).toBe(200);
  });
});

describe('CSRF', () => {
  it('refuses a write without the token, with a wrong token, or from another origin', async () => {
    const admin = await signedIn(sql, 'admin');
    const body = { username: uniqueName('csrf'), role: 'viewer', password };
    const none = await admin.post('/api/users', body, { csrf: false });
    expect(none.status).toBe(403);
    expect(none.body.error.field).toBe('X-CSRF-Token');
    const wrong = await admin.post('/api/users', body, {
      csrf: false,
      headers: { 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrong.status).toBe(403);
    const foreign = await admin.post('/api/users', body, { headers: { origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.field).toBe('Origin');
    const crossSite = await admin.post('/api/users', body, { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    expect((await sql`SELECT 1 FROM app_user WHERE username = ${body.username}`).length).toBe(0);
    const own = await admin.post('/api/users', body, {
      headers: { origin: new URL(inject('baseUrl')).origin },
    });
    expect(own.status).toBe(201);
  });

  it('takes its own origin from configuration, never from the Host header the client writes', async () => {
    const admin = await signedIn(sql, 'admin');
    const username = uniqueName('host');
    const body = JSON.stringify({ username, role: 'viewer', password });
    const base = new URL(inject('baseUrl'));
    // fetch may not set Host; node:http may.
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: base.hostname,
          port: base.port,
          path: '/api/users',
          method: 'POST',
          headers: {
            host: 'evil.example',
            origin: 'http://evil.example',
            cookie: admin.cookie!,
            'x-csrf-token': admin.csrf!,
            'content-type': 'application/json',
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(status).toBe(403);
    expect((await sql`SELECT 1 FROM app_user WHERE username = ${username}`).length).toBe(0);
  });

  it('refuses a login posted from another origin', async () => {
    const user = await newUser();
    const res = await new Client().post(
      '/api/auth/login',
      { username: user.username, password },
      {
        headers: { origin: 'https://evil.example' },
      },
    );
    expect(res.status).toBe(403);
  });
});

describe('accounts (admin)', () => {
  it('lists, creates and updates users; never shows a hash', async () => {
    const admin = await signedIn(sql, 'admin');
    const created = await admin.post('/api/users', {
      username: uniqueName('Planner'),
      role: 'planner',
      provinces: ['IR-19', 'IR-10', 'IR-19'],
      password,
      display_name: 'Maryam <b>K</b>',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      role: 'planner',
      provinces: ['IR-10', 'IR-19'],
      display_name: 'Maryam <b>K</b>',
    });
    expect(created.body.username).toMatch(/^planner-/);
    const list = await admin.get('/api/users');
    expect(list.body.some((u: any) => u.id === created.body.id)).toBe(true);
    expect(list.text).not.toMatch(/argon2|password_hash/);
    const updated = await admin.patch(`/api/users/${created.body.id}`, { role: 'viewer', provinces: [] });
    expect(updated.body).toMatchObject({ role: 'viewer', provinces: [], display_name: 'Maryam <b>K</b>' });
    const dup = await admin.post('/api/users', { username: created.body.username, role: 'viewer', password });
    expect(dup.status).toBe(409);
    expect(dup.body.error.field).toBe('username');
    const badProvince = await admin.post('/api/users', {
      username: uniqueName('p'),
      role: 'planner',
      provinces: ['IR-77'],
      password,
    });
    expect(badProvince.status).toBe(400);
    expect(badProvince.body.error.field).toBe('provinces');
    expect((await admin.get('/api/users/999999')).status).toBe(404);
  });

  it('keeps at least one active admin', async () => {
    const admin = await signedIn(sql, 'admin');
    const others = await sql<{ id: number }[]>`
      SELECT id::int AS id FROM app_user WHERE role = 'admin' AND NOT disabled AND id <> ${admin.id}`;
    await sql`UPDATE app_user SET disabled = true WHERE id IN ${sql(others.map((o) => o.id).concat(-1))}`;
    try {
      const demote = await admin.patch(`/api/users/${admin.id}`, { role: 'viewer' });
      expect(demote.status).toBe(409);
      expect(demote.body.error.field).toBe('role');
      const disable = await admin.patch(`/api/users/${admin.id}`, { disabled: true });
      expect(disable.status).toBe(409);
    } finally {
      await sql`UPDATE app_user SET disabled = false WHERE id IN ${sql(others.map((o) => o.id).concat(-1))}`;
    }
  });
});

describe('the user CLI', () => {
  const run = promisify(execFile);
  const cli = (args: string[], env: Record<string, string> = {}) =>
    run(process.execPath, ['--import', 'tsx', join(repoRoot, 'server/src/cli/user.ts'), ...args], {
      env: { ...process.env, DATABASE_URL: inject('databaseUrl'), ...env },
      cwd: repoRoot,
    });

  it('creates the first admin with the password from TAVAZON_PASSWORD, and changes it', async () => {
    const username = uniqueName('cli');
    const out = await cli(['create', '--username', username, '--role', 'admin', '--province', 'IR-19'], {
      TAVAZON_PASSWORD: password,
    });
    expect(out.stdout).toMatch(new RegExp(`created admin ${username}`));
    expect((await new Client().login(username)).status).toBe(200);
    await cli(['passwd', '--username', username], { TAVAZON_PASSWORD: 'another-good-password' });
    expect((await new Client().login(username, 'another-good-password')).status).toBe(200);
  });

  it('refuses a bad role or a weak password with a message', async () => {
    await expect(
      cli(['create', '--username', uniqueName('cli'), '--role', 'king'], { TAVAZON_PASSWORD: password }),
    ).rejects.toMatchObject({
      stderr: expect.stringMatching(/role: must be one of admin, planner, viewer/),
    });
    await expect(
      cli(['create', '--username', uniqueName('cli'), '--role', 'viewer'], { TAVAZON_PASSWORD: 'weak' }),
    ).rejects.toMatchObject({
      stderr: expect.stringMatching(/password: must be at least 12/),
    });
    await expect(cli(['create'])).rejects.toMatchObject({ stderr: expect.stringMatching(/usage/) });
  });
});
