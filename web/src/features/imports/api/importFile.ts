import { ApiError, sendForm } from '../../../shared/api/fetchJson.ts';
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

/** Sends the file as the `file` field of a multipart form, with the session's CSRF token. */
export async function importFile<M extends ImportMode>(request: {
  mode: M;
  file: File;
  note?: string | undefined;
}): Promise<ImportAnswers[M]> {
  const search = new URLSearchParams({ mode: request.mode });
  const note = request.note?.trim();
  if (note) search.set('note', note);
  const form = new FormData();
  form.set('file', request.file, request.file.name);
  return sendForm<ImportAnswers[M]>(`/api/projects/import?${search}`, form);
}

/** The row report a refused commit (422) carries beside its error message, if this error has one. */
export function reportOf(error: unknown): ImportReport | null {
  if (!(error instanceof ApiError) || !error.body) return null;
  const body = error.body as Partial<ImportReport>;
  return Array.isArray(body.problems) && typeof body.rows === 'number' ? (body as ImportReport) : null;
}
