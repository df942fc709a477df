import { queryOptions } from '@tanstack/react-query';
import { fetchJson, sendJson } from '../../../shared/api/fetchJson.ts';

export type HistoryAction = 'baseline' | 'loaded' | 'created' | 'updated' | 'imported' | 'progress';

/** One version of the project (signed-in users only): which tracked fields changed, from what to what. */
export interface HistoryEvent {
  kind: 'history';
  /** When it was recorded (ISO timestamp). */
  at: string;
  version: number;
  action: HistoryAction;
  /** Username; null for the data loader and the baseline. */
  actor: string | null;
  changes: Record<string, { old: unknown; new: unknown }>;
  note: string | null;
}

/** A monthly progress report. Anonymous visitors get published ones only, without id, published, actor. */
export interface ProgressEvent {
  kind: 'progress';
  at: string;
  /** The day the report is for (ISO date), not when it was recorded. */
  reported_on: string;
  percent: number;
  note: string | null;
  id?: number;
  published?: boolean;
  actor?: string | null;
}

export type TimelineEvent = HistoryEvent | ProgressEvent;

export interface Timeline {
  id: number;
  /** Oldest first, by when each was recorded. */
  events: TimelineEvent[];
}

export interface ProgressBody {
  reported_on: string;
  percent: number;
  note?: string;
  published?: boolean;
}

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
  );
  if (!created) throw new Error('the server answered without a body');
  return created;
}
