import { queryOptions } from '@tanstack/react-query';
import type { CountyCollection, CountyDetail } from '@tavazon/contract';
import { fetchJson, withQuery } from '../../../shared/api/fetchJson.ts';

export type {
  CountyCollection,
  CountyDetail,
  CountyFeature,
  CountyIndicatorValue,
  CountyProperties,
} from '@tavazon/contract';

export interface CountiesRequest {
  set: string;
  zoom: number;
  province?: string | undefined;
  indicator?: string | undefined;
  period?: string | undefined;
}

export function countiesQuery(request: CountiesRequest) {
  const { set, zoom, province, indicator, period } = request;
  return queryOptions({
    queryKey: ['counties', set, zoom, province ?? null, indicator ?? null, period ?? null],
    queryFn: ({ signal }) =>
      fetchJson<CountyCollection>(
        withQuery('/api/counties', { set, province, zoom, indicator, period }),
        signal,
      ),
    staleTime: 10 * 60_000,
  });
}

export function countyDetailQuery(code: string, set: string) {
  return queryOptions({
    queryKey: ['county', set, code],
    queryFn: ({ signal }) =>
      fetchJson<CountyDetail>(withQuery(`/api/counties/${encodeURIComponent(code)}`, { set }), signal),
    staleTime: 10 * 60_000,
  });
}
