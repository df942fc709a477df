import type { Sql } from '@tavazon/data';
import type { checkMembership } from './checkMembership.ts';

/** Replaces the regions and memberships of a scheme (inside the caller's transaction). */
export async function writeRegions(
  tx: Sql,
  schemeId: string,
  regions: Awaited<ReturnType<typeof checkMembership>>,
) {
  await tx`DELETE FROM region WHERE scheme_id = ${schemeId}`;
  for (const r of regions) {
    const [region] = await tx<{ id: string }[]>`
      INSERT INTO region (scheme_id, code, name_fa, name_en)
      VALUES (${schemeId}, ${r.code}, ${r.name_fa}, ${r.name_en})
      RETURNING id`;
    if (r.unitIds.length === 0) continue;
    await tx`
      INSERT INTO region_member (scheme_id, region_id, admin_unit_id)
      SELECT ${schemeId}, ${region!.id}, unnest(${r.unitIds}::bigint[])`;
  }
}
