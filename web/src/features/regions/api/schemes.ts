import { sendJson } from '../../../shared/api/fetchJson.ts';
import type { RegionScheme } from '../../analysis/api/analysis.ts';

export interface SchemeRegionInput {
  code: string;
  name_fa: string;
  name_en: string;
  counties: string[];
}

export interface SchemeInput {
  set: string;
  province: string | null;
  name_fa: string;
  name_en: string;
  regions: SchemeRegionInput[];
}

/** POST for a new scheme, PATCH (with the `updated_at` it was read at, so the server can refuse a stale edit). */
export async function saveScheme(id: number | null, updatedAt: string | null, input: SchemeInput) {
  if (id === null)
    return (await sendJson<RegionScheme>('POST', '/api/region-schemes', input)) as RegionScheme;
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

/** What a 400 on `regions` says about county membership; the API puts it beside `error`. */
export interface Membership {
  missing: string[];
  duplicated: string[];
  unknown: string[];
}
