import { queryOptions } from '@tanstack/react-query';
import { fetchJson, sendJson, withQuery } from '../../../shared/api/fetchJson.ts';
import type { ProjectFeature, ProjectStatus } from './types.ts';

export type LocationPrecision = 'exact' | 'near' | 'county' | 'province';
export const locationPrecisions: LocationPrecision[] = ['exact', 'near', 'county', 'province'];
export const investmentUnits = ['IRR-billion', 'USD-million', 'EUR-million'] as const;
export type InvestmentUnit = (typeof investmentUnits)[number];

/** The editable fields as `POST /api/projects` and `PATCH /api/projects/:id` take them (docs/api.md). */
export interface ProjectInput {
  title_fa: string;
  title_en: string | null;
  description: string | null;
  sector: string;
  status: ProjectStatus;
  progress: number | null;
  location: { lng: number; lat: number };
  location_precision: LocationPrecision;
  executing_agency: string | null;
  supporting_agencies: string[];
  investment: number | null;
  investment_unit: InvestmentUnit | null;
  private_share: number | null;
  expected_jobs: number | null;
  start_date: string | null;
  end_date: string | null;
  source_document: string | null;
  source_date: string | null;
  published: boolean;
}

export async function createProject(input: ProjectInput & { note?: string | null }) {
  return (await sendJson<ProjectFeature>('POST', '/api/projects', input)) as ProjectFeature;
}

/** Sends only the changed fields with the version the edit was based on; a stale version is a 409. */
export async function updateProject(
  id: number,
  change: Partial<ProjectInput> & { version: number; note?: string | null; archived?: boolean },
) {
  return (await sendJson<ProjectFeature>('PATCH', `/api/projects/${id}`, change)) as ProjectFeature;
}

export interface LocatedCounty {
  code: string;
  name_fa: string;
  name_en: string | null;
  province: { code: string; name_fa: string; name_en: string | null };
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
