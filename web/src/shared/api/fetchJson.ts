import type { ErrorBody } from '@tavazon/contract';

/**
 * An API failure with what the server said, so the UI can show it instead of a blank map: `code` and
 * `params` of the contract's error catalogue (worded by features/i18n/errors), `message` in English.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly field: string | undefined;
  /** The catalogue's code; undefined when the answer was not our API's JSON error. */
  readonly code: string | undefined;
  readonly params: Record<string, unknown>;
  /** False when the answer was not our API's JSON error (a proxy's 502, a network failure). */
  readonly fromApi: boolean;
  /** The whole error body: some answers carry more than the message (`membership`, `current`). */
  readonly body: Record<string, unknown> | undefined;
  /** Seconds from a 429's Retry-After, so the UI can say how long to wait. */
  readonly retryAfter: number | undefined;

  constructor(
    status: number,
    message: string,
    field?: string,
    fromApi = true,
    extra: {
      body?: Record<string, unknown>;
      retryAfter?: number;
      code?: string;
      params?: Record<string, unknown>;
    } = {},
  ) {
    super(message);
    this.code = extra.code;
    this.params = extra.params ?? {};
    this.name = 'ApiError';
    this.status = status;
    this.field = field;
    this.fromApi = fromApi;
    this.body = extra.body;
    this.retryAfter = extra.retryAfter;
  }
}

// The session's CSRF token, set by the auth feature; module state because every write goes through here.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** An answer that may or may not be our API's error body (a proxy's 502 is HTML). */
type MaybeErrorBody = Partial<{ error: Partial<ErrorBody['error']> }>;

/** The ApiError of a refused request, from its answer's body if it is our API's. */
export function apiErrorOf(response: Response, body: unknown): ApiError {
  const parsed = body as MaybeErrorBody | undefined;
  const retry = Number(response.headers.get('retry-after'));
  const extra = {
    body: parsed as Record<string, unknown> | undefined,
    ...(Number.isFinite(retry) && retry > 0 ? { retryAfter: retry } : {}),
  };
  const e = parsed?.error;
  if (e?.message) {
    return new ApiError(e.status ?? response.status, e.message, e.field, true, {
      ...extra,
      ...(e.code ? { code: e.code } : {}),
      ...(e.params ? { params: e.params } : {}),
    });
  }
  return new ApiError(response.status, `${response.status} ${response.statusText}`, undefined, false, extra);
}

/** Relative URLs only: in production the server serves the app and the API on one origin. */
export async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>(path, { signal: signal ?? null });
}

/** A state-changing request: JSON body, the session cookie (same origin) and the CSRF token the API demands. */
export async function sendJson<T>(
  method: 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  /** A create's Idempotency-Key (idempotencyKey.ts): a repeat of the same submission is answered once. */
  idempotencyKey?: string,
): Promise<T | undefined> {
  const headers: Record<string, string> = {};
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  return request<T | undefined>(path, {
    method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
}

/** A state-changing request with a multipart form (a file upload); the browser writes the Content-Type. */
export async function sendForm<T>(path: string, form: FormData, idempotencyKey?: string): Promise<T> {
  const headers: Record<string, string> = {};
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  return request<T>(path, { method: 'POST', headers, body: form });
}

async function request<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(init.headers as Record<string, string>) },
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    // status 0 marks "no answer at all", which the UI words differently from a refusal.
    throw new ApiError(0, error instanceof Error ? error.message : String(error), undefined, false);
  }
  if (!response.ok) {
    throw apiErrorOf(response, await response.json().catch(() => undefined));
  }
  // 204 (logout, delete) has no body.
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Builds a query string from the parameters that are set, in a stable order so query keys and caches agree. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
