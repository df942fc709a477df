import { queryOptions } from '@tanstack/react-query';
import type { ProgressInput, Timeline } from '@tavazon/contract';
import { fetchJson, sendJson } from '../../../shared/api/fetchJson.ts';
import { submissionKeys } from '../../../shared/api/idempotencyKey.ts';

const progressKeys = submissionKeys();

export type {
  HistoryAction,
  HistoryEvent,
  ProgressEvent,
  Timeline,
  TimelineEvent,
} from '@tavazon/contract';
/** What POST /api/projects/:id/progress takes. */
export type ProgressBody = ProgressInput;

/** Under `['projects']`, so that any project write (which invalidates that prefix) refreshes it too. */
export function timelineQuery(id: number) {
  return queryOptions({
    // Under 'projects': a save, an import or a change of account (AuthControl) refreshes it with the rest.
    queryKey: ['projects', 'timeline', id],
    queryFn: ({ signal }) => fetchJson<Timeline>(`/api/projects/${id}/timeline`, signal),
  });
}

export async function addProgress(id: number, body: ProgressBody): Promise<{ id: number; version: number }> {
  const created = await sendJson<{ id: number; version: number }>(
    'POST',
    `/api/projects/${id}/progress`,
    body,
    progressKeys(`${id}|${JSON.stringify(body)}`),
  );
  if (!created) throw new Error('the server answered without a body');
  return created;
}
