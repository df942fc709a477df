import {
  createSuggestionSchema,
  idParamObject,
  suggestionCountsQuery,
  suggestionExportQuery,
  suggestionLimits,
  suggestionQueueQuery,
  suggestionStepSchema,
  suggestionTargetQuery,
} from '@tavazon/contract';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { clientAddress } from '../auth/clientAddress.ts';
import { checkOrigin, requireRole } from '../auth/middleware.ts';
import type { AppEnv } from '../env.ts';
import { forbidden, HttpError } from '../errors.ts';
import { toCsv } from '../exports/toCsv.ts';
import { jsonBody } from '../jsonBody.ts';
import { requireSet } from '../lookups.ts';
import { takeSubmission } from '../suggestions/addressLimit.ts';
import { checkSuggestion, insertSuggestion } from '../suggestions/createSuggestion.ts';
import { moderateSuggestion } from '../suggestions/moderateSuggestion.ts';
import {
  moderatedProvinces,
  publishedSuggestions,
  queuedSuggestions,
  suggestionCounts,
} from '../suggestions/readSuggestions.ts';
import { suggestionCollection, suggestionTable } from '../suggestions/suggestionTable.ts';
import { suggestionTarget } from '../suggestions/suggestionTarget.ts';
import { validate } from '../validate.ts';
import { writeXlsx } from '../xlsx/writeXlsx.ts';

const moderators = requireRole('admin', 'planner');
// A visitor has no session, so no CSRF token: a cross-site page may still not post in their name.
const sameOrigin = createMiddleware<AppEnv>(async (c, next) => {
  checkOrigin(c);
  await next();
});

const types = {
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

// Visitors send suggestions without an account and read the published ones; planners moderate those of
// their provinces (docs/api.md, Suggestions).
export const suggestions = new Hono<AppEnv>()
  .get('/', validate('query', suggestionTargetQuery), async (c) => {
    const sql = c.get('sql');
    const target = await suggestionTarget(sql, c.req.valid('query'));
    return c.json({ suggestions: await publishedSuggestions(sql, target) });
  })
  .get('/counts', validate('query', suggestionCountsQuery), async (c) => {
    const sql = c.get('sql');
    const set = await requireSet(sql, c.req.valid('query').set);
    return c.json({ set, counties: await suggestionCounts(sql, set) });
  })
  .get('/queue', moderators, validate('query', suggestionQueueQuery), async (c) => {
    const { province, status } = c.req.valid('query');
    const user = c.get('user')!;
    const provinces = moderatedProvinces(user);
    if (province && provinces !== null && !provinces.includes(province)) {
      throw forbidden(
        'suggestion.province_forbidden',
        { province, allowed: provinces },
        `province: you moderate ${provinces.join(', ') || 'no province'} only`,
        'province',
      );
    }
    c.header('Cache-Control', 'private, no-store');
    const rows = await queuedSuggestions(c.get('sql'), { province, status, moderatedOnly: true }, provinces);
    return c.json({ suggestions: rows });
  })
  .get('/export', validate('query', suggestionExportQuery), async (c) => {
    const sql = c.get('sql');
    const { format, set, county, province } = c.req.valid('query');
    if (county) await suggestionTarget(sql, { set, county });
    else await requireSet(sql, set);
    const user = c.get('user');
    const rows = await queuedSuggestions(sql, { set, county, province }, moderatedProvinces(user));
    const name = `tavazon-suggestions-${county ?? province ?? set}-${new Date().toISOString().slice(0, 10)}.${format}`;
    c.header('Content-Type', types[format]);
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    c.header('Cache-Control', user ? 'private, no-store' : 'no-cache');
    if (format === 'geojson') return c.body(JSON.stringify(suggestionCollection(rows)));
    const table = suggestionTable(rows);
    if (format === 'csv') return c.body(toCsv(table));
    return c.body(new Uint8Array(writeXlsx(table, 'suggestions')));
  })
  .post('/', sameOrigin, jsonBody, validate('json', createSuggestionSchema), async (c) => {
    const sql = c.get('sql');
    const s = c.req.valid('json');
    const target = await checkSuggestion(sql, s);
    const wait = await takeSubmission(sql, clientAddress(c));
    if (wait > 0) {
      const minutes = Math.ceil(wait / 60);
      throw new HttpError(
        429,
        'suggestion.too_many',
        { retryAfter: wait, minutes },
        `too many suggestions from this address: ${suggestionLimits.perAddress} an hour; try again in ${minutes} minutes`,
        { headers: { 'Retry-After': String(wait) } },
      );
    }
    // A robot that filled the hidden field is told the same as a person, and nothing is kept.
    if (!s.website) await insertSuggestion(sql, target, s);
    return c.json({ status: 'pending' as const }, 202);
  })
  .post(
    '/:id/steps',
    moderators,
    validate('param', idParamObject),
    jsonBody,
    validate('json', suggestionStepSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const step = c.req.valid('json');
      return c.json(await moderateSuggestion(c.get('sql'), c.get('user')!, id, step));
    },
  );
