import type { Sql } from '@tavazon/data';
import { notFound } from '../errors.ts';

export interface RegionLabel {
  code: string;
  name_fa: string;
  name_en: string;
}

export interface SchemeRegions {
  id: number;
  set: string;
  /** The province the scheme covers, or `null` for a national scheme. */
  province: string | null;
  /** County code → the region it belongs to. */
  regionOf: Map<string, RegionLabel>;
}

/** A planning-region scheme with the region of each member county, or a 404 naming `scheme`. */
export async function schemeRegions(sql: Sql, id: number): Promise<SchemeRegions> {
  const [scheme] = await sql<{ set: string; province: string | null }[]>`
    SELECT boundary_set AS set, province_code AS province FROM region_scheme WHERE id = ${id}`;
  if (!scheme) throw notFound('region_scheme.not_found', { id }, `region scheme ${id} not found`, 'scheme');
  const members = await sql<{ county: string; code: string; name_fa: string; name_en: string }[]>`
    SELECT u.code AS county, r.code, r.name_fa, r.name_en
    FROM region_member m
    JOIN region r ON r.id = m.region_id
    JOIN admin_unit u ON u.id = m.admin_unit_id
    WHERE m.scheme_id = ${id}`;
  const regionOf = new Map<string, RegionLabel>();
  for (const m of members) regionOf.set(m.county, { code: m.code, name_fa: m.name_fa, name_en: m.name_en });
  return { id, set: scheme.set, province: scheme.province, regionOf };
}
