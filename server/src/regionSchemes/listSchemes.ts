import type { Sql } from '@tavazon/data';

export interface SchemeFilter {
  set?: string | undefined;
  province?: string | undefined;
  id?: number | undefined;
}

/** Planning-region schemes with their regions and member county codes; `updated_at` is the edit token. */
export function listSchemes(sql: Sql, q: SchemeFilter) {
  return sql`
    SELECT s.id::int AS id, s.name_fa, s.name_en, s.boundary_set AS set, s.province_code AS province,
           s.illustrative, s.note, s.updated_at,
           COALESCE((
             SELECT json_agg(json_build_object(
                      'code', r.code, 'name_fa', r.name_fa, 'name_en', r.name_en,
                      'counties', (SELECT COALESCE(json_agg(u.code ORDER BY u.code), '[]'::json)
                                   FROM region_member m JOIN admin_unit u ON u.id = m.admin_unit_id
                                   WHERE m.region_id = r.id))
                    ORDER BY r.code)
             FROM region r WHERE r.scheme_id = s.id
           ), '[]'::json) AS regions
    FROM region_scheme s
    WHERE true
      ${q.id ? sql`AND s.id = ${q.id}` : sql``}
      ${q.set ? sql`AND s.boundary_set = ${q.set}` : sql``}
      ${q.province ? sql`AND s.province_code = ${q.province}` : sql``}
    ORDER BY s.id`;
}
