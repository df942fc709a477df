import type { Sql } from '../db/connect.ts';
import { censusSet } from './load-census-boundaries.ts';
import { currentSet } from './load-current.ts';

/**
 * Brings the names of the boundary sets already loaded in line with the loader's (one UPDATE, nothing when
 * they agree), so that a database loaded before a name changed shows the new one from its next start without
 * a full reload; e.g. «مرزهای کنونی (OpenStreetMap)», whose Latin word reached the Persian download titles.
 */
export async function refreshBoundarySetNames(sql: Sql): Promise<number> {
  const sets = [currentSet, censusSet].map(({ code, name_fa, name_en }) => ({ code, name_fa, name_en }));
  const updated = await sql`
    UPDATE boundary_set b SET name_fa = s.name_fa, name_en = s.name_en
    FROM json_to_recordset(${JSON.stringify(sets)}::text::json) AS s(code text, name_fa text, name_en text)
    WHERE b.code = s.code AND (b.name_fa, b.name_en) IS DISTINCT FROM (s.name_fa, s.name_en)
    RETURNING b.code`;
  return updated.length;
}
