import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An error whose message is safe and useful to show to the caller. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly field?: string,
    /** More top-level members of the JSON body beside `error` (e.g. the current project of a 409). */
    readonly extra?: Record<string, unknown>,
    /** Response headers, e.g. Retry-After of a 429. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (message: string, field?: string) => new HttpError(404, message, field);
export const badRequest = (message: string, field?: string) => new HttpError(400, message, field);
export const unauthorized = (message: string, field?: string) => new HttpError(401, message, field);
export const forbidden = (message: string, field?: string) => new HttpError(403, message, field);
export const conflict = (message: string, field?: string, extra?: Record<string, unknown>) =>
  new HttpError(409, message, field, extra);

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
  column_name?: string;
  hint?: string;
  message?: string;
}

/**
 * A database refusal caused by the request's data, as a 4xx. Input is validated before it reaches SQL;
 * this is the safety net that keeps a value the validation let through from ever becoming a 500.
 */
function dataError(err: PgLikeError): HttpError | null {
  const code = err.code ?? '';
  // The county trigger of migration 0004: the point lies in no county of the current boundaries.
  if (code === 'P0001' && err.constraint_name === 'project_location_in_county') {
    return badRequest(
      `location: ${(err.message ?? 'is outside every county').replace(/^location /, '')}; a project must lie inside a county of Iran`,
      'location',
    );
  }
  const field = err.column_name ?? err.constraint_name;
  if (code === '23505') return conflict(`${field ?? 'value'}: already exists`, field);
  if (code === '23514' || code === '23502' || code === '23503' || code.startsWith('22')) {
    return badRequest(`${field ?? 'value'}: refused by the database (${err.message ?? code})`, field);
  }
  return null;
}

/** Maps any thrown value to a JSON error; the stack trace goes to the log, never to the client. */
export function errorResponse(err: unknown, c: Context) {
  if (err instanceof HttpError) {
    for (const [name, value] of Object.entries(err.headers ?? {})) c.header(name, value);
    return c.json(
      { error: { status: err.status, message: err.message, field: err.field }, ...err.extra },
      err.status,
    );
  }
  // Hono's own refusals (a malformed JSON body, a body over the limit) carry their status and a safe message.
  if (err instanceof HTTPException && err.status < 500) {
    return c.json({ error: { status: err.status, message: err.message || 'bad request' } }, err.status);
  }
  const mapped = err && typeof err === 'object' ? dataError(err as PgLikeError) : null;
  if (mapped) return errorResponse(mapped, c);
  const code = (err as PgLikeError)?.code;
  if (code && connectionCodes.has(code)) {
    return c.json({ error: { status: 503, message: 'the database is unavailable; try again shortly' } }, 503);
  }
  console.error(err);
  return c.json({ error: { status: 500, message: 'internal error' } }, 500);
}
