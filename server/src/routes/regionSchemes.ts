import { createSchemeInput, idParam, provinceParam, setCode, updateSchemeInput } from '@tavazon/contract';
import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../auth/middleware.ts';
import type { SessionUser } from '../auth/sessions.ts';
import type { AppEnv } from '../env.ts';
import { conflict, forbidden, notFound } from '../errors.ts';
import { idempotent } from '../idempotency/idempotent.ts';
import { jsonBody } from '../jsonBody.ts';
import { requireProvince, requireSet } from '../lookups.ts';
import { assertMayEditIn } from '../projects/provinceScope.ts';
import { checkMembership } from '../regionSchemes/checkMembership.ts';
import { listSchemes } from '../regionSchemes/listSchemes.ts';
import { deleteScheme, insertScheme, updateScheme } from '../regionSchemes/saveScheme.ts';
import { validate } from '../validate.ts';

// Without `set`, the schemes of every boundary set (docs/api.md); setParam's default would hide the census ones.
const listQuery = z.object({ set: setCode.optional(), province: provinceParam.optional() });
const idParams = z.object({ id: idParam });
const editors = requireRole('admin', 'planner');

/** A province scheme needs the right to edit in that province; a national one, an unrestricted editor. */
function assertMayEditScheme(user: SessionUser, province: string | null) {
  if (province) return assertMayEditIn(user, province, 'the scheme', 'province');
  if (user.role === 'admin' || (user.role === 'planner' && user.provinces.length === 0)) return;
  throw forbidden(
    'region_scheme.national_needs_unlimited',
    {},
    'province: a national scheme needs an editor without a province limit',
    'province',
  );
}

async function oneScheme(sql: AppEnv['Variables']['sql'], id: number) {
  const [scheme] = await listSchemes(sql, { id });
  if (!scheme) throw notFound('region_scheme.not_found', { id }, `region scheme ${id} not found`, 'id');
  return scheme as { id: number; set: string; province: string | null; updated_at: Date };
}

export const regionSchemes = new Hono<AppEnv>()
  .get('/', validate('query', listQuery), async (c) =>
    c.json(await listSchemes(c.get('sql'), c.req.valid('query'))),
  )
  .get('/:id', validate('param', idParams), async (c) =>
    c.json(await oneScheme(c.get('sql'), c.req.valid('param').id)),
  )
  .post('/', editors, jsonBody, idempotent, validate('json', createSchemeInput), async (c) => {
    const sql = c.get('sql');
    const input = c.req.valid('json');
    assertMayEditScheme(c.get('user')!, input.province);
    const set = await requireSet(sql, input.set);
    if (input.province) await requireProvince(sql, set, input.province);
    const regions = await checkMembership(sql, set, input.province, input.regions);
    const id = await insertScheme(sql, set, input, regions);
    return c.json(await oneScheme(sql, id), 201);
  })
  .patch(
    '/:id',
    editors,
    validate('param', idParams),
    jsonBody,
    validate('json', updateSchemeInput),
    async (c) => {
      const sql = c.get('sql');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const current = await oneScheme(sql, id);
      assertMayEditScheme(c.get('user')!, current.province);
      const regions = input.regions
        ? await checkMembership(sql, current.set, current.province, input.regions)
        : null;
      const saved = await updateScheme(sql, id, input, regions);
      if (saved === 'gone')
        throw notFound('region_scheme.not_found', { id }, `region scheme ${id} not found`, 'id');
      if (saved === 'stale') {
        throw conflict(
          'region_scheme.stale',
          { id },
          'updated_at: the scheme was changed by someone else meanwhile; reload it',
          'updated_at',
          {
            current: await oneScheme(sql, id),
          },
        );
      }
      return c.json(await oneScheme(sql, id));
    },
  )
  .delete('/:id', editors, validate('param', idParams), async (c) => {
    const sql = c.get('sql');
    const { id } = c.req.valid('param');
    const current = await oneScheme(sql, id);
    assertMayEditScheme(c.get('user')!, current.province);
    await deleteScheme(sql, id);
    return c.body(null, 204);
  });
