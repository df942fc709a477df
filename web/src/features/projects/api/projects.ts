import { queryOptions } from '@tanstack/react-query';
import { fetchJson, withQuery } from '../../../app/api/fetchJson.ts';
import type { ProjectCollection, ProjectFeature } from './types.ts';

/** Every published project, for the points on the national map (a few hundred at most). */
export const allProjectsQuery = queryOptions({
  queryKey: ['projects', 'all'],
  queryFn: ({ signal }) => fetchJson<ProjectCollection>('/api/projects', signal),
  staleTime: 5 * 60_000,
});

/** Projects of one county of the `current` set, where projects are recorded. */
export function countyProjectsQuery(county: string) {
  return queryOptions({
    queryKey: ['projects', 'county', county],
    queryFn: ({ signal }) => fetchJson<ProjectCollection>(withQuery('/api/projects', { county }), signal),
    staleTime: 5 * 60_000,
  });
}

/** Projects inside a bounding box: used for census counties, which projects do not reference. */
export function bboxProjectsQuery(bbox: [number, number, number, number]) {
  return queryOptions({
    queryKey: ['projects', 'bbox', bbox.join(',')],
    queryFn: ({ signal }) =>
      fetchJson<ProjectCollection>(withQuery('/api/projects', { bbox: bbox.join(',') }), signal),
    staleTime: 5 * 60_000,
  });
}

export function projectQuery(id: number) {
  return queryOptions({
    queryKey: ['projects', 'one', id],
    queryFn: ({ signal }) => fetchJson<ProjectFeature>(`/api/projects/${id}`, signal),
    staleTime: 5 * 60_000,
  });
}
