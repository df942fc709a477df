import { queryOptions } from '@tanstack/react-query';
import type { LocatedCounty, ProjectFeature, ProjectInput } from '@tavazon/contract';
import { fetchJson, sendJson, withQuery } from '../../../shared/api/fetchJson.ts';
import { submissionKeys } from '../../../shared/api/idempotencyKey.ts';

export type { InvestmentUnit, LocatedCounty, LocationPrecision, ProjectInput } from '@tavazon/contract';
export { investmentUnits, locationPrecisions } from '@tavazon/contract';

const createKeys = submissionKeys();

export async function createProject(input: ProjectInput & { note?: string | null }) {
  const key = createKeys(JSON.stringify(input));
  return (await sendJson<ProjectFeature>('POST', '/api/projects', input, key)) as ProjectFeature;
}

/** Sends only the changed fields with the version the edit was based on; a stale version is a 409. */
export async function updateProject(
  id: number,
  change: Partial<ProjectInput> & { version: number; note?: string | null; archived?: boolean },
) {
  return (await sendJson<ProjectFeature>('PATCH', `/api/projects/${id}`, change)) as ProjectFeature;
}

/** The county of the `current` set a point is in (null outside every county), as the database will assign it. */
export function locateQuery(location: { lng: number; lat: number } | null) {
  const lng = location?.lng.toFixed(6);
  const lat = location?.lat.toFixed(6);
  return queryOptions({
    queryKey: ['counties', 'at', lng, lat],
    queryFn: ({ signal }) =>
      fetchJson<{ county: LocatedCounty | null }>(withQuery('/api/counties/at', { lng, lat }), signal),
    enabled: location !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
