import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An error whose message is safe and useful to show to the caller. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (message: string, field?: string) => new HttpError(404, message, field);
export const badRequest = (message: string, field?: string) => new HttpError(400, message, field);

// postgres.js and node report a lost or refused connection with these codes.
const connectionCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '57P01', // admin_shutdown
  '57P03', // cannot_connect_now
]);

interface PgLikeError {
  code?: string;
  constraint_name?: string;
  hint?: string;
}

/** Maps any thrown value to a JSON error; the stack trace goes to the log, never to the client. */
export function errorResponse(err: unknown, c: Context) {
  if (err instanceof HttpError) {
    return c.json({ error: { status: err.status, message: err.message, field: err.field } }, err.status);
  }
  // Hono's own refusals (a malformed JSON body, a body over the limit) carry their status and a safe message.
  if (err instanceof HTTPException && err.status < 500) {
    return c.json({ error: { status: err.status, message: err.message || 'bad request' } }, err.status);
  }
  const code = (err as PgLikeError)?.code;
  if (code && connectionCodes.has(code)) {
    return c.json({ error: { status: 503, message: 'the database is unavailable; try again shortly' } }, 503);
  }
  console.error(err);
  return c.json({ error: { status: 500, message: 'internal error' } }, 500);
}
