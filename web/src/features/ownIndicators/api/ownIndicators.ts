import type { CreateIndicatorInput, OwnIndicator, ValuesCommitted, ValuesReport } from '@tavazon/contract';
import { ApiError, sendForm, sendJson } from '../../../shared/api/fetchJson.ts';

export type { CreateIndicatorInput, OwnIndicator, ValuesCommitted, ValuesReport } from '@tavazon/contract';

/** Values files are CSV or XLSX, one row per county and period. */
export const valuesAccept = '.csv,.xlsx';

export async function createIndicator(input: CreateIndicatorInput): Promise<OwnIndicator> {
  return (await sendJson<OwnIndicator>('POST', '/api/indicators', input))!;
}

export async function deleteIndicator(code: string): Promise<void> {
  await sendJson('DELETE', `/api/indicators/${encodeURIComponent(code)}`);
}

interface ValuesAnswers {
  preview: ValuesReport;
  commit: ValuesCommitted;
}

/** Sends the values file as the `file` field of a multipart form: a preview, or the all-or-nothing commit. */
export function uploadValues<M extends keyof ValuesAnswers>(
  mode: M,
  code: string,
  file: File,
): Promise<ValuesAnswers[M]> {
  const form = new FormData();
  form.set('file', file, file.name);
  const path = `/api/indicators/${encodeURIComponent(code)}/values${mode === 'preview' ? '/preview' : ''}`;
  return sendForm<ValuesAnswers[M]>(path, form);
}

/** The fresh report a refused commit (422) carries beside its error. */
export function valuesReportOf(error: unknown): ValuesReport | null {
  if (!(error instanceof ApiError) || !error.body) return null;
  const body = error.body as Partial<ValuesReport>;
  return Array.isArray(body.problems) && Array.isArray(body.periods) ? (body as ValuesReport) : null;
}
