import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env.ts';
import { requireProvince, requireSet, resolveIndicator } from '../lookups.ts';
import { indicatorParam, periodParam, provinceParam, setParam } from '../params.ts';
import { validate } from '../validate.ts';

const valuesQuery = z.object({
  set: setParam,
  period: periodParam.optional(),
  province: provinceParam.optional(),
});

export const indicators = new Hono<AppEnv>()
  .get('/', async (c) => {
    const rows = await c.get('sql')`
      SELECT i.code, i.name_fa, i.name_en, i.unit, i.polarity, i.aggregation, i.weight_indicator,
             i.formula, i.decimals,
             COALESCE((
               SELECT json_agg(a ORDER BY a.set, a.period DESC)
               FROM (
                 SELECT u.boundary_set AS set, v.period, count(*)::int AS count
                 FROM indicator_value v JOIN admin_unit u ON u.id = v.admin_unit_id
                 WHERE v.indicator = i.code
                 GROUP BY u.boundary_set, v.period
               ) a
             ), '[]'::json) AS available
      FROM indicator i
      ORDER BY i.code`;
    return c.json(rows);
  })
  .get(
    '/:code/values',
    validate('param', z.object({ code: indicatorParam })),
    validate('query', valuesQuery),
    async (c) => {
      const sql = c.get('sql');
      const q = c.req.valid('query');
      const set = await requireSet(sql, q.set);
      if (q.province) await requireProvince(sql, set, q.province);
      const ind = await resolveIndicator(sql, set, c.req.valid('param').code, q.period);
      const [indicator] = await sql`
      SELECT code, name_fa, name_en, unit, polarity, aggregation, weight_indicator, formula, decimals
      FROM indicator WHERE code = ${ind.code}`;
      const values = await sql`
      SELECT u.code, u.name_fa, u.name_en, u.province_code AS province, v.value
      FROM indicator_value v JOIN admin_unit u ON u.id = v.admin_unit_id
      WHERE v.indicator = ${ind.code} AND v.period = ${ind.period} AND u.boundary_set = ${set}
        AND u.level = 'county'
        ${q.province ? sql`AND u.province_code = ${q.province}` : sql``}
      ORDER BY u.code`;
      return c.json({ indicator, set, period: ind.period, values });
    },
  );
