import {
  type ImportCommitted,
  type ImportMode,
  type ImportPreview,
  type ImportReport,
  importExtensions,
  importLimitBytes,
} from '@tavazon/contract';
import { ApiError, sendForm } from '../../../shared/api/fetchJson.ts';
import { submissionKeys } from '../../../shared/api/idempotencyKey.ts';

const commitKeys = submissionKeys();

export type {
  ImportCommitted,
  ImportMode,
  ImportPreview,
  ImportProblem,
  ImportReport,
  ImportSampleRow,
} from '@tavazon/contract';

interface ImportAnswers {
  preview: ImportPreview;
  commit: ImportCommitted;
}

/** Extensions the server recognises in a multipart upload (docs/api.md, Import). */
export const importAccept = importExtensions.map((e) => `.${e}`).join(',');
/** The server's body limit; a larger file is refused here rather than uploaded only to be refused. */
export const importMaxBytes = importLimitBytes;

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
  // A commit of the same file, note and size is one submission, however often it is sent.
  const { name, size, lastModified } = request.file;
  const key = request.mode === 'commit' ? commitKeys(`${search}|${name}|${size}|${lastModified}`) : undefined;
  return sendForm<ImportAnswers[M]>(`/api/projects/import?${search}`, form, key);
}

/** The row report a refused commit (422) carries beside its error message, if this error has one. */
export function reportOf(error: unknown): ImportReport | null {
  if (!(error instanceof ApiError) || !error.body) return null;
  const body = error.body as Partial<ImportReport>;
  return Array.isArray(body.problems) && typeof body.rows === 'number' ? (body as ImportReport) : null;
}
