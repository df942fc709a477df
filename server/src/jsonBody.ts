import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { discardBody } from './discardBody.ts';
import type { AppEnv } from './env.ts';
import { badRequest, HttpError } from './errors.ts';

/** JSON request bodies are small forms; anything bigger is refused before it is read. */
export const jsonLimitBytes = 1024 * 1024;

const limit = bodyLimit({
  maxSize: jsonLimitBytes,
  onError: async (c) => {
    // The rest of the body is read and dropped (discardBody says why), then the connection is closed
    // after this answer, and says so, so that a client does not send its next request on it.
    await discardBody(c.req.raw);
    const limitMb = jsonLimitBytes / 1024 / 1024;
    throw new HttpError(413, 'body.too_large', { limitMb }, `body: larger than ${limitMb} MB`, {
      field: 'body',
      headers: { Connection: 'close' },
    });
  },
});

/**
 * A JSON body, parsed before validation: Hono's own parser would answer malformed JSON with an
 * exception our error handler does not know (a 500), and would skip a body sent without a JSON content
 * type (the caller would then read "title_fa: required" and not know why).
 */
export const jsonBody = createMiddleware<AppEnv>(async (c, next) =>
  limit(c, async () => {
    const type = c.req.header('Content-Type') ?? '';
    if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type)) {
      throw badRequest(
        'body.content_type',
        { expected: 'application/json' },
        'body: must be JSON, sent with Content-Type: application/json',
        'body',
      );
    }
    let body: unknown;
    try {
      // Hono caches the parsed body, so the validator that follows reads it from here.
      body = await c.req.json();
    } catch (err) {
      if (err instanceof HttpError) throw err;
      throw badRequest('body.malformed', {}, 'body: is not valid JSON', 'body');
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw badRequest('body.not_object', {}, 'body: must be a JSON object', 'body');
    }
    await next();
  }),
);
