import { queryOptions } from '@tanstack/react-query';
import type { DownloadCatalogue } from '@tavazon/contract';
import { fetchJson } from '../../../shared/api/fetchJson.ts';

export type { Download } from '@tavazon/contract';

export const downloadsQuery = queryOptions({
  queryKey: ['downloads'],
  queryFn: ({ signal }) => fetchJson<DownloadCatalogue>('/api/downloads', signal),
  staleTime: 5 * 60_000,
});
