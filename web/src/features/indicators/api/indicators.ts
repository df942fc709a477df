import { queryOptions } from '@tanstack/react-query';
import type { Indicator } from '@tavazon/contract';
import { fetchJson } from '../../../shared/api/fetchJson.ts';

export type { Indicator, IndicatorAvailability, Polarity } from '@tavazon/contract';

/** What the choropleth shows: an indicator measured on one boundary set in one period. */
export interface IndicatorChoice {
  code: string;
  set: string;
  period: string;
}

export const indicatorsQuery = queryOptions({
  queryKey: ['indicators'],
  queryFn: ({ signal }) => fetchJson<Indicator[]>('/api/indicators', signal),
  staleTime: 10 * 60_000,
});
