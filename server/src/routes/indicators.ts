import { countyParam, indicatorParam, periodParam, provinceParam, setParam } from '@tavazon/contract';
import { Hono } from 'hono';
import { z } from 'zod';
import { findCounty } from '../counties/countyDetail.ts';
import type { AppEnv } from '../env.ts';
import { notFound } from '../errors.ts';
import { toCsv } from '../exports/toCsv.ts';
import { valuesTable } from '../exports/valuesTable.ts';
import { indicatorSeries } from '../indicators/indicatorSeries.ts';
import { indicatorValues } from '../indicators/indicatorValues.ts';
import { listIndicators } from '../indicators/listIndicators.ts';
import { requireProvince, requireSet, resolveIndicator } from '../lookups.ts';
import { validate } from '../validate.ts';

const valuesQuery = z.object({
  set: setParam,
  period: periodParam.optional(),
  province: provinceParam.optional(),
  format: z.enum(['json', 'csv'], { message: 'must be json or csv' }).default('json'),
});
const seriesQuery = z.object({ set: setParam, county: countyParam });
const codeParam = z.object({ code: indicatorParam });

export const indicators = new Hono<AppEnv>()
  .get('/', async (c) => c.json(await listIndicators(c.get('sql'))))
  .get('/:code/values', validate('param', codeParam), validate('query', valuesQuery), async (c) => {
    const sql = c.get('sql');
    const q = c.req.valid('query');
    const set = await requireSet(sql, q.set);
    if (q.province) await requireProvince(sql, set, q.province);
    const ind = await resolveIndicator(sql, set, c.req.valid('param').code, q.period);
    const answer = await indicatorValues(sql, ind, set, q.province);
    if (q.format === 'json') return c.json(answer);
    const name = `tavazon-${ind.code}-${set}-${ind.period}${q.province ? `-${q.province}` : ''}.csv`;
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    return c.body(toCsv(valuesTable(ind.period, answer.values)));
  })
  // One county over time: every period of the indicator on that set, with how each value was obtained.
  .get('/:code/series', validate('param', codeParam), validate('query', seriesQuery), async (c) => {
    const sql = c.get('sql');
    const q = c.req.valid('query');
    const set = await requireSet(sql, q.set);
    const ind = await resolveIndicator(sql, set, c.req.valid('param').code, undefined);
    const unit = await findCounty(sql, set, q.county);
    if (!unit) {
      throw notFound(
        'county.not_found',
        { county: q.county, set },
        `county ${q.county} not found in boundary set ${set}`,
        'county',
      );
    }
    const { indicator, series } = await indicatorSeries(sql, ind.code, unit.id);
    const county = { code: unit.code, name_fa: unit.name_fa, name_en: unit.name_en };
    return c.json({ indicator, set, county, series });
  });
