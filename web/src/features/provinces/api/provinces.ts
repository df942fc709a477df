import { queryOptions } from '@tanstack/react-query';
import type { ProvinceCollection, ProvinceDetail } from '@tavazon/contract';
import { fetchJson, withQuery } from '../../../shared/api/fetchJson.ts';

export type { ProvinceCollection, ProvinceDetail, ProvinceProperties } from '@tavazon/contract';

export function provincesQuery(set: string, zoom = 5) {
  return queryOptions({
    queryKey: ['provinces', set, zoom],
    queryFn: ({ signal }) =>
      fetchJson<ProvinceCollection>(withQuery('/api/provinces', { set, zoom }), signal),
    staleTime: 10 * 60_000,
  });
}

/** One province's page: its counties, public projects by status and published suggestions. */
export function provinceDetailQuery(code: string, set = 'current') {
  return queryOptions({
    queryKey: ['province', set, code],
    queryFn: ({ signal }) =>
      fetchJson<ProvinceDetail>(withQuery(`/api/provinces/${encodeURIComponent(code)}`, { set }), signal),
    staleTime: 5 * 60_000,
  });
}
