import { queryOptions } from '@tanstack/react-query';
import type { SearchAnswer } from '@tavazon/contract';
import { fetchJson, withQuery } from '../../../shared/api/fetchJson.ts';

export type { SearchAnswer, SearchResult } from '@tavazon/contract';

/** Results shown under the box: a screenful, the best first. */
export const shownResults = 8;

export function searchQuery(q: string) {
  return queryOptions({
    queryKey: ['search', q],
    queryFn: ({ signal }) =>
      fetchJson<SearchAnswer>(withQuery('/api/search', { q, limit: shownResults }), signal),
    enabled: q.trim().length > 0,
    staleTime: 60_000,
  });
}
