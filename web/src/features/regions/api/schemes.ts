import type { CreateSchemeInput, RegionScheme } from '@tavazon/contract';
import { sendJson } from '../../../shared/api/fetchJson.ts';
import { submissionKeys } from '../../../shared/api/idempotencyKey.ts';

const createKeys = submissionKeys();

export type { Membership, RegionInput as SchemeRegionInput } from '@tavazon/contract';
/** What the scheme editor sends (PATCH takes the names and regions of it). */
export type SchemeInput = Required<
  Pick<CreateSchemeInput, 'set' | 'province' | 'name_fa' | 'name_en' | 'regions'>
>;

/** POST for a new scheme, PATCH (with the `updated_at` it was read at, so the server can refuse a stale edit). */
export async function saveScheme(id: number | null, updatedAt: string | null, input: SchemeInput) {
  if (id === null)
    return (await sendJson<RegionScheme>(
      'POST',
      '/api/region-schemes',
      input,
      createKeys(JSON.stringify(input)),
    )) as RegionScheme;
  const { name_fa, name_en, regions } = input;
  return (await sendJson<RegionScheme>('PATCH', `/api/region-schemes/${id}`, {
    updated_at: updatedAt,
    name_fa,
    name_en,
    regions,
  })) as RegionScheme;
}

export async function deleteScheme(id: number): Promise<void> {
  await sendJson('DELETE', `/api/region-schemes/${id}`);
}
