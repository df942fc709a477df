import type { RegionInput } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import { badRequest, HttpError } from '../errors.ts';

/**
 * Every county of the scheme's scope must be in exactly one region before the scheme is saved. Returns
 * the admin-unit id of each member; otherwise a 400 whose `membership` lists what to fix, so the map can
 * show the counties still missing a region.
 */
export async function checkMembership(
  sql: Sql,
  set: string,
  province: string | null,
  regions: RegionInput[],
) {
  const scope = await sql<{ id: string; code: string }[]>`
    SELECT id, code FROM admin_unit
    WHERE boundary_set = ${set} AND level = 'county'
      ${province ? sql`AND province_code = ${province}` : sql``}`;
  const idOf = new Map(scope.map((u) => [u.code, u.id]));
  const regionOf = new Map<string, string>();
  const unknown: string[] = [];
  const duplicated: string[] = [];
  const regionCodes = new Set<string>();
  for (const r of regions) {
    if (regionCodes.has(r.code))
      throw badRequest(
        'region_scheme.duplicate_region',
        { code: r.code },
        `regions: region code ${r.code} is used twice`,
        'regions',
      );
    regionCodes.add(r.code);
    for (const county of r.counties) {
      if (!idOf.has(county)) unknown.push(county);
      else if (regionOf.has(county)) duplicated.push(county);
      else regionOf.set(county, r.code);
    }
  }
  const missing = [...idOf.keys()].filter((code) => !regionOf.has(code)).sort();
  if (unknown.length || duplicated.length || missing.length) {
    const scopeName = province ?? `all of ${set}`;
    const parts = [
      missing.length &&
        `${missing.length} ${missing.length === 1 ? 'county is' : 'counties are'} in no region (${missing.join(', ')})`,
      duplicated.length && `in two regions: ${duplicated.join(', ')}`,
      unknown.length && `not counties of ${scopeName}: ${unknown.join(', ')}`,
    ].filter(Boolean);
    throw new HttpError(
      400,
      'region_scheme.membership',
      { missing: missing.length, duplicated: duplicated.length, unknown: unknown.length },
      `regions: every county of ${scopeName} must be in exactly one region; ${parts.join('; ')}`,
      { field: 'regions', extra: { membership: { missing, duplicated, unknown } } },
    );
  }
  return regions.map((r) => ({ ...r, unitIds: r.counties.map((c) => idOf.get(c)!) }));
}
