import { queryOptions } from '@tanstack/react-query';
import { fetchJson, withQuery } from '../../../shared/api/fetchJson.ts';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from '../../../shared/api/geojson.ts';
import type { ProjectStatus } from '../../projects/api/types.ts';

export interface CountyProperties {
  code: string;
  name_fa: string;
  name_en: string | null;
  province: string;
  label: [number, number];
  projects: Partial<Record<ProjectStatus, number>>;
  /** Present (possibly null) only when the request named an indicator. */
  value?: number | null;
}

export type CountyFeature = Feature<Polygon | MultiPolygon, CountyProperties>;
export type CountyCollection = FeatureCollection<Polygon | MultiPolygon, CountyProperties>;

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

export interface CountyIndicatorValue {
  code: string;
  name_fa: string;
  name_en: string;
  unit: string;
  decimals: number;
  period: string;
  value: number | null;
}

export interface CountyDetail {
  code: string;
  name_fa: string;
  name_en: string | null;
  set: string;
  province: { code: string; name_fa: string; name_en: string | null };
  bbox: [number, number, number, number];
  indicators: CountyIndicatorValue[];
  projects: Partial<Record<ProjectStatus, number>>;
}

export function countyDetailQuery(code: string, set: string) {
  return queryOptions({
    queryKey: ['county', set, code],
    queryFn: ({ signal }) =>
      fetchJson<CountyDetail>(withQuery(`/api/counties/${encodeURIComponent(code)}`, { set }), signal),
    staleTime: 10 * 60_000,
  });
}
