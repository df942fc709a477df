/** An API failure with what the server said, so the UI can show it instead of a blank map. */
export class ApiError extends Error {
  readonly status: number;
  readonly field: string | undefined;
  /** False when the answer was not our API's JSON error (a proxy's 502, a network failure). */
  readonly fromApi: boolean;

  constructor(status: number, message: string, field?: string, fromApi = true) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.field = field;
    this.fromApi = fromApi;
  }
}

interface ErrorBody {
  error?: { status?: number; message?: string; field?: string };
}

/** Relative URLs only: in production the server serves the app and the API on one origin. */
export async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { signal: signal ?? null, headers: { accept: 'application/json' } });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    // status 0 marks "no answer at all", which the UI words differently from a refusal.
    throw new ApiError(0, error instanceof Error ? error.message : String(error), undefined, false);
  }
  if (!response.ok) {
    let body: ErrorBody | undefined;
    try {
      body = (await response.json()) as ErrorBody;
    } catch {
      body = undefined;
    }
    if (body?.error?.message)
      throw new ApiError(body.error.status ?? response.status, body.error.message, body.error.field);
    throw new ApiError(response.status, `${response.status} ${response.statusText}`, undefined, false);
  }
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
