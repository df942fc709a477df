import type { ErrorCode, ErrorParams } from '@tavazon/contract';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An error whose message is safe and useful to show to the caller. `code` is of the contract's
 * catalogue (the web words it in Persian and English from `params`); `message` is the English for API
 * clients and logs.
 */
export class HttpError<C extends ErrorCode = ErrorCode> extends Error {
  readonly field: string | undefined;
  /** More top-level members of the JSON body beside `error` (e.g. the current project of a 409). */
  readonly extra: Record<string, unknown> | undefined;
  /** Response headers, e.g. Retry-After of a 429. */
  readonly headers: Record<string, string> | undefined;

  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: C,
    readonly params: ErrorParams<C>,
    message: string,
    more: {
      field?: string | undefined;
      extra?: Record<string, unknown>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.field = more.field;
    this.extra = more.extra;
    this.headers = more.headers;
  }
}

const maker =
  (status: ContentfulStatusCode) =>
  <C extends ErrorCode>(code: C, params: ErrorParams<C>, message: string, field?: string) =>
    new HttpError(status, code, params, message, { field });

export const badRequest = maker(400);
export const unauthorized = maker(401);
export const forbidden = maker(403);
export const notFound = maker(404);
export const unprocessable = maker(422);
export const conflict = <C extends ErrorCode>(
  code: C,
  params: ErrorParams<C>,
  message: string,
  field?: string,
  extra?: Record<string, unknown>,
) => new HttpError(409, code, params, message, { field, ...(extra ? { extra } : {}) });

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

/** A lost or refused database connection (the database is away, not the request at fault). */
export function isConnectionError(err: unknown): boolean {
  const code = (err as PgLikeError | null)?.code;
  return typeof code === 'string' && connectionCodes.has(code);
}

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
      'project.outside_counties',
      {},
      `location: ${(err.message ?? 'is outside every county').replace(/^location /, '')}; a project must lie inside a county of Iran`,
      'location',
    );
  }
  const field = err.column_name ?? err.constraint_name;
  if (code === '23505')
    return conflict(
      'database.duplicate',
      { field: field ?? 'value' },
      `${field ?? 'value'}: already exists`,
      field,
    );
  if (code === '23514' || code === '23502' || code === '23503' || code.startsWith('22')) {
    return badRequest(
      'database.refused',
      { field: field ?? 'value' },
      `${field ?? 'value'}: refused by the database (${err.message ?? code})`,
      field,
    );
  }
  return null;
}

/** Maps any thrown value to a JSON error; the stack trace goes to the log, never to the client. */
export function errorResponse(err: unknown, c: Context) {
  if (err instanceof HttpError) {
    for (const [name, value] of Object.entries(err.headers ?? {})) c.header(name, value);
    const { status, code, params, message, field } = err;
    // Set by observeRequests (observability/requests.ts) on every request.
    const request_id = (c as Context<{ Variables: { requestId?: string } }>).get('requestId');
    return c.json({ error: { status, code, params, message, field, request_id }, ...err.extra }, status);
  }
  // Hono's own refusals (a malformed JSON body, a body over the limit) carry their status and a safe message.
  if (err instanceof HTTPException && err.status < 500) {
    return errorResponse(
      new HttpError(err.status, 'request.refused', { status: err.status }, err.message || 'bad request'),
      c,
    );
  }
  const mapped = err && typeof err === 'object' ? dataError(err as PgLikeError) : null;
  if (mapped) return errorResponse(mapped, c);
  if (isConnectionError(err)) {
    return errorResponse(
      new HttpError(503, 'server.unavailable', {}, 'the database is unavailable; try again shortly', {
        headers: { 'Retry-After': '2' },
      }),
      c,
    );
  }
  // 53100 disk_full: the write was not made and retrying soon will not help; the operator must act.
  if ((err as PgLikeError)?.code === '53100') {
    console.error(`tavazon: the database's disk is full: ${(err as PgLikeError).message ?? ''}`);
    return errorResponse(
      new HttpError(
        503,
        'server.disk_full',
        {},
        "the database's disk is full: nothing was saved; tell the operator",
        { headers: { 'Retry-After': '60' } },
      ),
      c,
    );
  }
  console.error(err);
  return errorResponse(new HttpError(500, 'server.internal', {}, 'internal error'), c);
}
