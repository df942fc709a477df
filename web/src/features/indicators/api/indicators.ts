import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../../../shared/api/fetchJson.ts';

export type Polarity = 'higher_better' | 'higher_worse' | 'neutral';

export interface IndicatorAvailability {
  set: string;
  period: string;
  count: number;
}

export interface Indicator {
  code: string;
  name_fa: string;
  name_en: string;
  unit: string;
  polarity: Polarity;
  aggregation: 'sum' | 'weighted_mean';
  weight_indicator: string | null;
  formula: string;
  decimals: number;
  available: IndicatorAvailability[];
}

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
