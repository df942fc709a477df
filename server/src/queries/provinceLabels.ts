import type { Sql } from '@tavazon/data';
import type { RegionLabel } from './schemeRegions.ts';

/** Province code → its names on one boundary set, to label the groups of a by-province breakdown. */
export async function provinceLabels(sql: Sql, set: string): Promise<Map<string, RegionLabel>> {
  const rows = await sql<RegionLabel[]>`
    SELECT code, name_fa, name_en FROM admin_unit WHERE boundary_set = ${set} AND level = 'province'`;
  return new Map(rows.map((r) => [r.code, r]));
}
