import { queryOptions } from '@tanstack/react-query';
import type { Meta } from '@tavazon/contract';
import { fetchJson } from '../../../shared/api/fetchJson.ts';

export type { BoundarySet, Meta, Sector } from '@tavazon/contract';

export const metaQuery = queryOptions({
  queryKey: ['meta'],
  queryFn: ({ signal }) => fetchJson<Meta>('/api/meta', signal),
  staleTime: Number.POSITIVE_INFINITY,
});
