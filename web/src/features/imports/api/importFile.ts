import { ApiError } from '../../../app/api/fetchJson.ts';
import type { ProjectStatus } from '../../projects/api/types.ts';

export type ImportMode = 'preview' | 'commit';

/** One problem of the file, as `runImport` on the server reports it. */
export interface ImportProblem {
  /** The CSV line or XLSX row (the header is 1), or the GeoJSON feature number (from 1). */
  row: number;
  /** null for a problem of the whole row or file. */
  column: string | null;
  reason: string;
  value?: string;
}

/** What preview answers, and what a refused commit (422) carries beside its `error`. */
export interface ImportReport {
  format: 'csv' | 'geojson' | 'xlsx';
  rows: number;
  valid: number;
  problemCount: number;
  problems: ImportProblem[];
  /** More problems than the server lists: `problems` holds the first of them only. */
  truncated: boolean;
}

export interface ImportSampleRow {
  row: number;
  title_fa: string;
  status: ProjectStatus;
  county: string;
  county_name_fa: string;
  province: string;
}

export interface ImportPreview extends ImportReport {
  mode: 'preview';
  sample: ImportSampleRow[];
}

export interface ImportCommitted {
  mode: 'commit';
  format: ImportReport['format'];
  imported: number;
  ids: number[];
}

interface ImportAnswers {
  preview: ImportPreview;
  commit: ImportCommitted;
}

/** Extensions the server recognises in a multipart upload (docs/api.md, Import). */
export const importAccept = '.csv,.geojson,.json,.xlsx';
/** The server's body limit; a larger file is refused here rather than uploaded only to be refused. */
export const importMaxBytes = 10 * 1024 * 1024;

/**
 * Sends the file as the `file` field of a multipart form. Not through `sendJson`: the body is a form, and
 * the CSRF token comes from the caller (the session query) because the fetch client's copy is private.
 * The browser sets the multipart Content-Type itself, boundary included, so no content-type header here.
 */
export async function importFile<M extends ImportMode>(request: {
  mode: M;
  file: File;
  csrfToken: string | undefined;
  note?: string | undefined;
}): Promise<ImportAnswers[M]> {
  const search = new URLSearchParams({ mode: request.mode });
  const note = request.note?.trim();
  if (note) search.set('note', note);
  const form = new FormData();
  form.set('file', request.file, request.file.name);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (request.csrfToken) headers['x-csrf-token'] = request.csrfToken;

  let response: Response;
  try {
    response = await fetch(`/api/projects/import?${search}`, {
      method: 'POST',
      body: form,
      headers,
      credentials: 'same-origin',
    });
  } catch (error) {
    // status 0 is "no answer at all", as in fetchJson, so the dialog words it as a network failure.
    throw new ApiError(0, error instanceof Error ? error.message : String(error), undefined, false);
  }
  if (!response.ok) {
    let body: Record<string, unknown> | undefined;
    try {
      body = (await response.json()) as Record<string, unknown>;
    } catch {
      body = undefined;
    }
    const error = body?.error as { status?: number; message?: string; field?: string } | undefined;
    const retry = Number(response.headers.get('retry-after'));
    const extra = { body, ...(Number.isFinite(retry) && retry > 0 ? { retryAfter: retry } : {}) };
    if (error?.message) {
      throw new ApiError(error.status ?? response.status, error.message, error.field, true, extra);
    }
    throw new ApiError(response.status, `${response.status} ${response.statusText}`, undefined, false, extra);
  }
  return (await response.json()) as ImportAnswers[M];
}

/** The row report a refused commit (422) carries beside its error message, if this error has one. */
export function reportOf(error: unknown): ImportReport | null {
  if (!(error instanceof ApiError) || !error.body) return null;
  const body = error.body as Partial<ImportReport>;
  return Array.isArray(body.problems) && typeof body.rows === 'number' ? (body as ImportReport) : null;
}
