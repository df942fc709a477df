import { queryOptions } from '@tanstack/react-query';
import type {
  Autocorrelation,
  Composite,
  CompositeRequest,
  Contiguity,
  Inequality,
  RegionCollection,
  RegionScheme,
} from '@tavazon/contract';
import { ApiError, apiErrorOf, fetchJson, withQuery } from '../../../shared/api/fetchJson.ts';

export type {
  Autocorrelation,
  Composite,
  CompositeRequest,
  CompositeUnit,
  Contiguity,
  Inequality,
  Quadrant,
  RegionCollection,
  RegionProperties,
  RegionScheme,
  TheilGroup,
} from '@tavazon/contract';
export { quadrants } from '@tavazon/contract';

export function regionSchemesQuery(set: string) {
  return queryOptions({
    queryKey: ['region-schemes', set],
    queryFn: ({ signal }) => fetchJson<RegionScheme[]>(withQuery('/api/region-schemes', { set }), signal),
    staleTime: 10 * 60_000,
  });
}

export function regionsQuery(scheme: number, indicator: string, period: string) {
  return queryOptions({
    queryKey: ['regions', scheme, indicator, period],
    queryFn: ({ signal }) =>
      fetchJson<RegionCollection>(withQuery('/api/regions', { scheme, zoom: 5, indicator, period }), signal),
    staleTime: 10 * 60_000,
  });
}

export interface AnalysisScope {
  indicator: string;
  set: string;
  period: string;
  province: string | null;
  scheme: number | null;
}

export function inequalityUrl(scope: AnalysisScope, weight: string | null): string {
  return withQuery('/api/analysis/inequality', {
    indicator: scope.indicator,
    set: scope.set,
    period: scope.period,
    province: scope.province,
    scheme: scope.scheme,
    weight,
  });
}

export function inequalityQuery(scope: AnalysisScope, weight: string | null) {
  return queryOptions({
    queryKey: ['inequality', scope, weight],
    queryFn: ({ signal }) => fetchJson<Inequality>(inequalityUrl(scope, weight), signal),
    staleTime: 10 * 60_000,
  });
}

export function autocorrelationQuery(
  scope: Omit<AnalysisScope, 'scheme'>,
  contiguity: Contiguity,
  significance: number,
) {
  return queryOptions({
    queryKey: [
      'autocorrelation',
      scope.indicator,
      scope.set,
      scope.period,
      scope.province,
      contiguity,
      significance,
    ],
    queryFn: ({ signal }) =>
      fetchJson<Autocorrelation>(
        withQuery('/api/analysis/autocorrelation', {
          indicator: scope.indicator,
          set: scope.set,
          period: scope.period,
          province: scope.province,
          contiguity,
          significance,
        }),
        signal,
      ),
    staleTime: 10 * 60_000,
  });
}

async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      signal: signal ?? null,
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, error instanceof Error ? error.message : String(error), undefined, false);
  }
  if (!response.ok) throw apiErrorOf(response, await response.json().catch(() => undefined));
  return (await response.json()) as T;
}

export function compositeQuery(request: CompositeRequest) {
  return queryOptions({
    queryKey: ['composite', request],
    queryFn: ({ signal }) => postJson<Composite>('/api/analysis/composite', request, signal),
    staleTime: 10 * 60_000,
  });
}
