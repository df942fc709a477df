import { queryOptions } from '@tanstack/react-query';
import { fetchJson, withQuery } from '../../../shared/api/fetchJson.ts';
import type { FeatureCollection, MultiPolygon, Polygon } from '../../../shared/api/geojson.ts';

export interface ProvinceProperties {
  code: string;
  name_fa: string;
  name_en: string | null;
  counties: number;
  label: [number, number];
}

export type ProvinceCollection = FeatureCollection<Polygon | MultiPolygon, ProvinceProperties>;

export function provincesQuery(set: string, zoom = 5) {
  return queryOptions({
    queryKey: ['provinces', set, zoom],
    queryFn: ({ signal }) =>
      fetchJson<ProvinceCollection>(withQuery('/api/provinces', { set, zoom }), signal),
    staleTime: 10 * 60_000,
  });
}
