import { loginBody } from '@tavazon/contract';
import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../audit/auditLog.ts';
import { accountProfile, findAccount, passwordHash } from '../auth/accounts.ts';
import { clientAddress } from '../auth/clientAddress.ts';
import { loginRetryAfter, recordLoginAttempt, windowMinutes } from '../auth/loginThrottle.ts';
import { checkOrigin, requireSignedIn } from '../auth/middleware.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { clearSessionCookie, setSessionCookie } from '../auth/sessionCookie.ts';
import { createSession, endSession, type SessionUser } from '../auth/sessions.ts';
import type { AppEnv } from '../env.ts';
import { HttpError, unauthorized } from '../errors.ts';
import { jsonBody } from '../jsonBody.ts';
import { setPassword } from '../users/setPassword.ts';
import { validate } from '../validate.ts';

const passwordBody = z.strictObject({
  current_password: z.string({ message: 'must be text' }).max(200, 'is too long'),
  new_password: z.string({ message: 'must be text' }),
});

const describe = (u: SessionUser) => ({
  id: u.id,
  username: u.username,
  display_name: u.displayName,
  role: u.role,
  provinces: u.provinces,
});

export const auth = new Hono<AppEnv>()
  .post('/login', jsonBody, validate('json', loginBody), async (c) => {
    checkOrigin(c);
    const sql = c.get('sql');
    const { username, password } = c.req.valid('json');
    const address = clientAddress(c);
    const wait = await loginRetryAfter(sql, username, address);
    if (wait > 0) {
      await recordAudit(sql, { action: 'login.throttled', target: username, address, detail: { wait } });
      const minutes = Math.ceil(wait / 60);
      throw new HttpError(
        429,
        'auth.too_many_attempts',
        { retryAfter: wait, minutes },
        `too many failed logins: try again in ${minutes} minute(s) (limit per ${windowMinutes} minutes)`,
        { field: 'username', extra: { retryAfter: wait }, headers: { 'Retry-After': String(wait) } },
      );
    }
    const account = await findAccount(sql, username);
    const ok = (await verifyPassword(account?.password_hash ?? null, password)) && !account?.disabled;
    await recordLoginAttempt(sql, username, address, ok);
    await recordAudit(sql, {
      action: ok ? 'login.succeeded' : 'login.failed',
      actorId: ok ? account!.id : null,
      target: username,
      address,
    });
    // One answer for an unknown user, a wrong password and a disabled account: none tells which.
    if (!ok || !account)
      throw unauthorized('auth.wrong_credentials', {}, 'username or password is wrong', 'password');
    const session = await createSession(sql, account.id, {
      address,
      userAgent: c.req.header('User-Agent'),
    });
    setSessionCookie(c, session.token);
    const user = await accountProfile(sql, account.id);
    return c.json({
      user: { id: account.id, ...user },
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
      idleExpiresAt: session.idleExpiresAt,
    });
  })
  .get('/session', (c) => {
    const user = c.get('user');
    // Never cached: the answer carries the CSRF token and changes at sign-in and sign-out.
    c.header('Cache-Control', 'no-store');
    if (!user) return c.json({ user: null });
    return c.json({
      user: describe(user),
      csrfToken: user.csrfToken,
      expiresAt: user.expiresAt,
      idleExpiresAt: user.idleExpiresAt,
    });
  })
  .post('/logout', requireSignedIn, async (c) => {
    await endSession(c.get('sql'), c.get('user')!.tokenHash);
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .post('/password', requireSignedIn, jsonBody, validate('json', passwordBody), async (c) => {
    const sql = c.get('sql');
    const user = c.get('user')!;
    const body = c.req.valid('json');
    if (!(await verifyPassword(await passwordHash(sql, user.id), body.current_password))) {
      throw new HttpError(403, 'auth.wrong_password', {}, 'current_password: is wrong', {
        field: 'current_password',
      });
    }
    await setPassword(sql, user.id, body.new_password, user.tokenHash).catch((err) => {
      throw err instanceof HttpError && err.field === 'password'
        ? new HttpError(
            400,
            err.code,
            err.code === 'field.invalid'
              ? { ...err.params, field: 'new_password', path: 'new_password' }
              : err.params,
            err.message.replace(/^password/, 'new_password'),
            { field: 'new_password' },
          )
        : err;
    });
    await recordAudit(sql, {
      action: 'password.changed',
      actorId: user.id,
      target: user.username,
      address: clientAddress(c),
    });
    return c.body(null, 204);
  });
