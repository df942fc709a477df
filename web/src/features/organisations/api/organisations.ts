import { queryOptions } from '@tanstack/react-query';
import type {
  CreateOrganisationInput,
  CreatePatronageInput,
  Organisation,
  OrganisationKind,
  OrganisationPage,
  UpdateOrganisationInput,
} from '@tavazon/contract';
import { fetchJson, sendJson, withQuery } from '../../../shared/api/fetchJson.ts';
import { submissionKeys } from '../../../shared/api/idempotencyKey.ts';

export type { Organisation, OrganisationKind, OrganisationPage, OrganisationRef } from '@tavazon/contract';
export { organisationKinds } from '@tavazon/contract';

const createKeys = submissionKeys();

export interface OrganisationFilter {
  kind?: OrganisationKind | undefined;
  province?: string | undefined;
  /** Patrons of this county (current boundaries) today. */
  county?: string | undefined;
}

export const organisationsQuery = (f: OrganisationFilter = {}) =>
  queryOptions({
    queryKey: ['organisations', 'list', f.kind ?? '', f.province ?? '', f.county ?? ''],
    queryFn: ({ signal }) =>
      fetchJson<Organisation[]>(
        withQuery('/api/organisations', { kind: f.kind, province: f.province, county: f.county }),
        signal,
      ),
    staleTime: 60_000,
  });

export const organisationPageQuery = (id: number) =>
  queryOptions({
    queryKey: ['organisations', 'page', id],
    queryFn: ({ signal }) => fetchJson<OrganisationPage>(`/api/organisations/${id}`, signal),
  });

export async function createOrganisation(input: CreateOrganisationInput) {
  return (await sendJson<Organisation>(
    'POST',
    '/api/organisations',
    input,
    createKeys(JSON.stringify(input)),
  )) as Organisation;
}

export async function updateOrganisation(id: number, input: UpdateOrganisationInput) {
  return (await sendJson<Organisation>('PATCH', `/api/organisations/${id}`, input)) as Organisation;
}

export async function deleteOrganisation(id: number) {
  await sendJson('DELETE', `/api/organisations/${id}`);
}

export async function addPatronage(id: number, input: CreatePatronageInput) {
  return (await sendJson<Organisation>('POST', `/api/organisations/${id}/patronages`, input)) as Organisation;
}

export async function deletePatronage(id: number, patronage: number) {
  await sendJson('DELETE', `/api/organisations/${id}/patronages/${patronage}`);
}
