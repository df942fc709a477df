import { createHash } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { badRequest, HttpError } from '../errors.ts';
import { claimKey, readKey, recordAnswer, releaseKey, type StoredAnswer } from './idempotencyStore.ts';

const keyPattern = /^[A-Za-z0-9_.:-]{8,128}$/;
/** How long a repeat waits for the first request with its key to finish before it is told to retry. */
const waitMs = 10_000;

const replay = (answer: StoredAnswer) =>
  new Response(answer.body, {
    status: answer.status ?? 200,
    headers: {
      ...(answer.contentType ? { 'Content-Type': answer.contentType } : {}),
      ...(answer.location ? { Location: answer.location } : {}),
      'Idempotent-Replayed': 'true',
    },
  });

/**
 * Idempotent creates and imports: a request sent with an `Idempotency-Key` header (the web sends one
 * per submission) is answered once; a repeat with the same key, by the same user, gets the first answer
 * again, marked `Idempotent-Replayed: true`, and a repeat that arrives while the first is still being
 * answered (a double click) waits for that answer. The same key with another request is 422. Goes after
 * the sign-in check and the body parser (the JSON body is hashed from Hono's cache, an upload cloned).
 */
export const idempotent = createMiddleware<AppEnv>(async (c, next) => {
  const key = c.req.header('Idempotency-Key');
  const user = c.get('user');
  if (key === undefined || !user) return next();
  if (!keyPattern.test(key)) {
    throw badRequest(
      'field.invalid',
      { field: 'Idempotency-Key', path: 'Idempotency-Key', issue: 'format' },
      'Idempotency-Key: must be 8 to 128 letters, digits or _ . : -',
      'Idempotency-Key',
    );
  }
  // Hono keeps the text of a parsed JSON body; an upload not yet read is cloned (it is read later).
  const cached = c.req.bodyCache.text;
  let body = cached ? await cached : Buffer.from(await c.req.raw.clone().arrayBuffer());
  // A browser draws a new multipart boundary for every send of the same form: leave it out.
  const boundary = /boundary="?([^";]+)"?/i.exec(c.req.header('Content-Type') ?? '')?.[1];
  if (boundary && Buffer.isBuffer(body)) body = body.toString('latin1').split(boundary).join('');
  const fingerprint = `${c.req.method} ${c.req.path} ${createHash('sha256').update(body).digest('hex')}`;
  const sql = c.get('sql');

  let stored = await claimKey(sql, user.id, key, fingerprint);
  const deadline = Date.now() + waitMs;
  while (stored && stored.status === null && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    stored = await readKey(sql, user.id, key);
    // The first request failed and released the key: this one does the work.
    if (!stored) stored = await claimKey(sql, user.id, key, fingerprint);
  }
  if (stored) {
    if (stored.fingerprint !== fingerprint) {
      throw new HttpError(
        422,
        'request.idempotency_mismatch',
        {},
        'Idempotency-Key: was already used for another request; send a new key',
        { field: 'Idempotency-Key' },
      );
    }
    if (stored.status === null) {
      throw new HttpError(
        409,
        'request.idempotency_in_progress',
        { retryAfter: 2 },
        'Idempotency-Key: the first request with this key is still being answered; retry shortly',
        { field: 'Idempotency-Key', headers: { 'Retry-After': '2' } },
      );
    }
    return replay(stored);
  }

  try {
    await next();
  } catch (err) {
    await releaseKey(sql, user.id, key);
    throw err;
  }
  if (c.res.status >= 500) {
    await releaseKey(sql, user.id, key);
    return;
  }
  await recordAnswer(sql, user.id, key, {
    status: c.res.status,
    contentType: c.res.headers.get('Content-Type'),
    location: c.res.headers.get('Location'),
    body: await c.res.clone().text(),
  });
});
