import { decimal, indicatorPair, provinceParam, setParam, zoomParam } from '@tavazon/contract';
import { generalisationForZoom } from '@tavazon/data';
import { Hono } from 'hono';
import { z } from 'zod';
import { countyAt } from '../counties/countyAt.ts';
import { countyFigures, findCounty } from '../counties/countyDetail.ts';
import { countyCoverage } from '../coverage/countyCoverage.ts';
import type { AppEnv } from '../env.ts';
import { notFound } from '../errors.ts';
import { checkIndicatorPair, requireProvince, requireSet, resolveIndicator } from '../lookups.ts';
import { countyFeatures } from '../queries/countyFeatures.ts';
import { validate } from '../validate.ts';

const listQuery = z.object({
  set: setParam,
  province: provinceParam.optional(),
  zoom: zoomParam,
  ...indicatorPair,
});
const oneQuery = z.object({ set: setParam });
const coordinate = (min: number, max: number) =>
  decimal(
    z.coerce
      .number({ message: `must be a number from ${min} to ${max}` })
      .min(min, `must be a number from ${min} to ${max}`)
      .max(max, `must be a number from ${min} to ${max}`),
  );
const atQuery = z.strictObject({ lng: coordinate(-180, 180), lat: coordinate(-90, 90), set: setParam });
const codeParam = z.object({ code: z.string().regex(/^[A-Za-z0-9-]{1,40}$/, 'must be a county code') });

export const counties = new Hono<AppEnv>()
  .get('/', validate('query', listQuery), async (c) => {
    const sql = c.get('sql');
    const q = c.req.valid('query');
    checkIndicatorPair(q.indicator, q.period);
    const ind = q.indicator
      ? await resolveIndicator(sql, await requireSet(sql, q.set), q.indicator, q.period)
      : null;
    const { detail, digits } = generalisationForZoom(q.zoom);
    const { body, count } = await countyFeatures(sql, {
      set: q.set,
      province: q.province,
      detail,
      digits,
      indicator: ind,
    });
    // Only an empty answer needs the lookups: they tell a mistyped set or province (404) from an empty one.
    if (count === 0) {
      await requireSet(sql, q.set);
      if (q.province) await requireProvince(sql, q.set, q.province);
    }
    c.header('Content-Type', 'application/geo+json; charset=utf-8');
    return c.body(body);
  })
  // Which county a point is in, with the same test (ST_Covers on the stored polygons) as the trigger that
  // assigns a project's county: the project form shows the county before saving, and says when a point is
  // outside every county instead of waiting for the save to be refused.
  .get('/at', validate('query', atQuery), async (c) => {
    const sql = c.get('sql');
    const q = c.req.valid('query');
    const set = await requireSet(sql, q.set);
    const county = await countyAt(sql, set, q.lng, q.lat);
    return c.json({ set, lng: q.lng, lat: q.lat, county });
  })
  .get('/:code', validate('param', codeParam), validate('query', oneQuery), async (c) => {
    const sql = c.get('sql');
    const { code } = c.req.valid('param');
    const set = await requireSet(sql, c.req.valid('query').set);
    const unit = await findCounty(sql, set, code);
    if (!unit)
      throw notFound(
        'county.not_found',
        { county: code, set },
        `county ${code} not found in boundary set ${set}`,
        'code',
      );
    const { id, ...rest } = unit;
    const { indicators, projects } = await countyFigures(sql, id);
    // The public count whoever asks: the county page is the portal's (GET /api/coverage is the officials').
    const [coverage] = (await countyCoverage(sql, { set, county: code }, { internal: false })).counties;
    return c.json({
      ...rest,
      set,
      indicators,
      projects,
      coverage: coverage
        ? { active: coverage.active, band: coverage.band, position: coverage.position }
        : null,
    });
  });
