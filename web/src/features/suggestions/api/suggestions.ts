import { queryOptions } from '@tanstack/react-query';
import type {
  CreateSuggestion,
  PublicSuggestion,
  QueuedSuggestion,
  SuggestionCounts,
  SuggestionStatus,
  SuggestionStep,
} from '@tavazon/contract';
import { fetchJson, sendJson, withQuery } from '../../../shared/api/fetchJson.ts';

export type { PublicSuggestion, QueuedSuggestion, SuggestionStatus } from '@tavazon/contract';

/** What suggestions are about: a county of a boundary set, or a project. */
export type SuggestionTarget = { set: string; county: string } | { project: number };

const targetParams = (target: SuggestionTarget) =>
  'project' in target ? { project: target.project } : { set: target.set, county: target.county };

export function publishedSuggestionsQuery(target: SuggestionTarget) {
  return queryOptions({
    queryKey: ['suggestions', 'published', targetParams(target)],
    queryFn: ({ signal }) =>
      fetchJson<{ suggestions: PublicSuggestion[] }>(
        withQuery('/api/suggestions', targetParams(target)),
        signal,
      ),
    staleTime: 60_000,
  });
}

export function sendSuggestion(body: CreateSuggestion) {
  return sendJson<{ status: 'pending' }>('POST', '/api/suggestions', body);
}

export function suggestionQueueQuery(province: string | undefined, status: SuggestionStatus | undefined) {
  return queryOptions({
    queryKey: ['suggestions', 'queue', province ?? null, status ?? null],
    queryFn: ({ signal }) =>
      fetchJson<{ suggestions: QueuedSuggestion[] }>(
        withQuery('/api/suggestions/queue', { province, status }),
        signal,
      ),
  });
}

export function sendStep(id: number, step: SuggestionStep) {
  return sendJson<QueuedSuggestion>('POST', `/api/suggestions/${id}/steps`, step);
}

export function suggestionCountsQuery(set: string) {
  return queryOptions({
    queryKey: ['suggestions', 'counts', set],
    queryFn: ({ signal }) =>
      fetchJson<SuggestionCounts>(withQuery('/api/suggestions/counts', { set }), signal),
    staleTime: 5 * 60_000,
  });
}

/** The CSV of a county's suggestions (all of them for its planners, the published ones for others). */
export const suggestionsCsvUrl = (set: string, county: string) =>
  withQuery('/api/suggestions/export', { format: 'csv', set, county });
