import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../../../shared/api/fetchJson.ts';
import type { ProjectStatus } from '../../projects/api/types.ts';

export interface BoundarySet {
  code: string;
  name_fa: string;
  name_en: string;
  source: string;
  licence: string;
  attribution: string;
  counties: number;
  provinces: number;
}

export interface Sector {
  code: string;
  name_fa: string;
  name_en: string;
}

export interface Meta {
  boundarySets: BoundarySet[];
  statuses: ProjectStatus[];
  sectors: Sector[];
  attribution: string;
}

export const metaQuery = queryOptions({
  queryKey: ['meta'],
  queryFn: ({ signal }) => fetchJson<Meta>('/api/meta', signal),
  staleTime: Number.POSITIVE_INFINITY,
});
