import { queryOptions } from '@tanstack/react-query';
import { ApiError, fetchJson, withQuery } from '../../../shared/api/fetchJson.ts';
import type { FeatureCollection, MultiPolygon, Polygon } from '../../../shared/api/geojson.ts';
import type { Polarity } from '../../indicators/api/indicators.ts';

export interface RegionScheme {
  id: number;
  name_fa: string;
  name_en: string;
  set: string;
  province: string | null;
  illustrative: boolean;
  note: string | null;
  updated_at: string;
  regions: { code: string; name_fa: string; name_en: string; counties: string[] }[];
}

export function regionSchemesQuery(set: string) {
  return queryOptions({
    queryKey: ['region-schemes', set],
    queryFn: ({ signal }) => fetchJson<RegionScheme[]>(withQuery('/api/region-schemes', { set }), signal),
    staleTime: 10 * 60_000,
  });
}

export interface RegionProperties {
  code: string;
  name_fa: string;
  name_en: string | null;
  counties: string[];
  value?: number | null;
}

export type RegionCollection = FeatureCollection<Polygon | MultiPolygon, RegionProperties>;

export function regionsQuery(scheme: number, indicator: string, period: string) {
  return queryOptions({
    queryKey: ['regions', scheme, indicator, period],
    queryFn: ({ signal }) =>
      fetchJson<RegionCollection>(withQuery('/api/regions', { scheme, zoom: 5, indicator, period }), signal),
    staleTime: 10 * 60_000,
  });
}

export interface TheilGroup {
  code: string;
  name_fa: string;
  name_en: string | null;
  units: number;
  weightShare: number;
  share: number;
  mean: number;
  theil: number;
  betweenTerm: number;
  withinTerm: number;
}

export interface Inequality {
  indicator: string;
  period: string;
  set: string;
  province: string | null;
  scheme: number | null;
  weight: string | null;
  n: number;
  missing: string[];
  mean: number;
  min: number;
  max: number;
  gini: number;
  giniWeighted: number | null;
  groupedBy: 'province' | 'scheme' | null;
  theil: { total: number; between: number | null; within: number | null; groups: TheilGroup[] };
  cv: number;
  williamson: number | null;
  williamsonWeight: string | null;
  maxMinRatio: number | null;
  lorenz: [number, number][];
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

export type Quadrant = 'HH' | 'LL' | 'HL' | 'LH' | 'ns' | 'island';
export const quadrants: Quadrant[] = ['HH', 'LL', 'HL', 'LH', 'ns', 'island'];
export type Contiguity = 'queen' | 'rook';

export interface Autocorrelation {
  indicator: string;
  period: string;
  set: string;
  province: string | null;
  contiguity: Contiguity;
  n: number;
  nWithNeighbours: number;
  moranI: number;
  expectedI: number;
  variance: number;
  z: number;
  pPermutation: number | null;
  permutations: number;
  significance: number;
  islands: string[];
  missing: string[];
  units: {
    code: string;
    name_fa: string;
    name_en: string | null;
    province: string;
    value: number;
    localI: number;
    lag: number;
    p: number | null;
    quadrant: Quadrant;
  }[];
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

export interface CompositeRequest {
  set: string;
  period: string;
  province?: string | undefined;
  indicators: string[];
  weights: number[] | 'entropy';
  normalisation: 'minmax' | 'zscore';
  method: 'topsis' | 'weighted-sum';
  polarities: Record<string, Exclude<Polarity, 'neutral'>>;
}

export interface CompositeUnit {
  code: string;
  name_fa: string;
  name_en: string | null;
  province: string;
  score: number;
  rank: number;
  contributions: Record<string, number>;
}

export interface Composite {
  set: string;
  period: string;
  province: string | null;
  method: string;
  normalisation: string;
  weighting: 'entropy' | 'given';
  weights: Record<string, number>;
  n: number;
  missing: string[];
  units: CompositeUnit[];
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
  if (!response.ok) {
    const parsed = (await response.json().catch(() => undefined)) as
      | { error?: { status?: number; message?: string; field?: string } }
      | undefined;
    if (parsed?.error?.message)
      throw new ApiError(parsed.error.status ?? response.status, parsed.error.message, parsed.error.field);
    throw new ApiError(response.status, `${response.status} ${response.statusText}`, undefined, false);
  }
  return (await response.json()) as T;
}

export function compositeQuery(request: CompositeRequest) {
  return queryOptions({
    queryKey: ['composite', request],
    queryFn: ({ signal }) => postJson<Composite>('/api/analysis/composite', request, signal),
    staleTime: 10 * 60_000,
  });
}
