import type { Sql } from '@tavazon/data';
import { definitionColumns } from './indicatorDefinition.ts';

/**
 * Every indicator with the sets and periods it has values for (and how many units each), and the
 * periods per set, oldest first, for a period control.
 */
export function listIndicators(sql: Sql) {
  return sql`
    SELECT ${definitionColumns(sql)},
           COALESCE((
             SELECT json_agg(a ORDER BY a.set, a.period DESC)
             FROM (
               SELECT u.boundary_set AS set, v.period, count(*)::int AS count
               FROM indicator_value v JOIN admin_unit u ON u.id = v.admin_unit_id
               WHERE v.indicator = i.code
               GROUP BY u.boundary_set, v.period
             ) a
           ), '[]'::json) AS available,
           COALESCE((
             SELECT json_object_agg(p.set, p.periods)
             FROM (
               SELECT u.boundary_set AS set, json_agg(DISTINCT v.period ORDER BY v.period) AS periods
               FROM indicator_value v JOIN admin_unit u ON u.id = v.admin_unit_id
               WHERE v.indicator = i.code
               GROUP BY u.boundary_set
             ) p
           ), '{}'::json) AS periods
    FROM indicator i
    ORDER BY i.code`;
}
