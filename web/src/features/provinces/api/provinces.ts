import { queryOptions } from '@tanstack/react-query';
import type { ProvinceCollection } from '@tavazon/contract';
import { fetchJson, withQuery } from '../../../shared/api/fetchJson.ts';

export type { ProvinceCollection, ProvinceProperties } from '@tavazon/contract';

export function provincesQuery(set: string, zoom = 5) {
  return queryOptions({
    queryKey: ['provinces', set, zoom],
    queryFn: ({ signal }) =>
      fetchJson<ProvinceCollection>(withQuery('/api/provinces', { set, zoom }), signal),
    staleTime: 10 * 60_000,
  });
}
