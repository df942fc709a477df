import type { createSchemeInput, updateSchemeInput } from '@tavazon/contract';
import { type Sql, transaction } from '@tavazon/data';
import type { z } from 'zod';
import type { checkMembership } from './checkMembership.ts';
import { writeRegions } from './writeRegions.ts';

type CheckedRegions = Awaited<ReturnType<typeof checkMembership>>;
type CreateSchemeInput = z.output<typeof createSchemeInput>;
type UpdateSchemeInput = z.output<typeof updateSchemeInput>;

/** Inserts a scheme with its regions in one transaction; returns the new id. */
export function insertScheme(
  sql: Sql,
  set: string,
  input: CreateSchemeInput,
  regions: CheckedRegions,
): Promise<number> {
  return transaction(sql, async (tx) => {
    const [scheme] = await tx<{ id: string }[]>`
      INSERT INTO region_scheme (boundary_set, province_code, name_fa, name_en, note)
      VALUES (${set}, ${input.province}, ${input.name_fa}, ${input.name_en}, ${input.note ?? null})
      RETURNING id`;
    await writeRegions(tx, scheme!.id, regions);
    return Number(scheme!.id);
  });
}

/**
 * Saves an edit unless the scheme is gone or was changed since the `updated_at` the edit is based on.
 * The edit token is compared inside the transaction, under a row lock, so two saves cannot both win.
 */
export function updateScheme(
  sql: Sql,
  id: number,
  input: UpdateSchemeInput,
  regions: CheckedRegions | null,
): Promise<'saved' | 'gone' | 'stale'> {
  return transaction(sql, async (tx) => {
    const [row] = await tx<{ stale: boolean }[]>`
      SELECT date_trunc('milliseconds', updated_at) <> date_trunc('milliseconds', ${input.updated_at}::timestamptz) AS stale
      FROM region_scheme WHERE id = ${id} FOR UPDATE`;
    if (!row) return 'gone';
    if (row.stale) return 'stale';
    await tx`
      UPDATE region_scheme SET
        name_fa = ${input.name_fa ?? tx`name_fa`},
        name_en = ${input.name_en ?? tx`name_en`},
        note = ${input.note === undefined ? tx`note` : input.note},
        updated_at = clock_timestamp(),
        -- Edited by people, the scheme is theirs: the loader no longer resets it to its seed.
        seed_key = NULL
      WHERE id = ${id}`;
    if (regions) await writeRegions(tx, String(id), regions);
    return 'saved';
  });
}

/** Deletes a scheme; its regions and memberships go with it (ON DELETE CASCADE). */
export async function deleteScheme(sql: Sql, id: number) {
  await sql`DELETE FROM region_scheme WHERE id = ${id}`;
}
