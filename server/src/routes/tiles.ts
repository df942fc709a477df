import {
  countyTileAddress,
  countyTileQuery,
  projectTileQuery,
  tileAddress,
  vectorTileType,
} from '@tavazon/contract';
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { HttpError } from '../errors.ts';
import { checkIndicatorPair, requireSet, resolveIndicator } from '../lookups.ts';
import { checkProjectFilter } from '../projects/listQuery.ts';
import { countyTile } from '../tiles/countyTiles.ts';
import { projectTile } from '../tiles/projectTiles.ts';
import { validate } from '../validate.ts';

// Mapbox Vector Tiles of the projects and of a boundary set's counties (docs/api.md, Tiles). Public: the
// audience decides which projects a tile holds, as for GET /api/projects.
export const tiles = new Hono<AppEnv>()
  .get(
    '/projects/:z/:x/:y',
    validate('param', tileAddress),
    validate('query', projectTileQuery),
    async (c) => {
      const sql = c.get('sql');
      const internal = c.get('user') !== null;
      const filter = await checkProjectFilter(sql, c.req.valid('query'), internal);
      const tile = await projectTile(sql, c.req.valid('param'), filter, { internal });
      if (internal) c.header('Cache-Control', 'private, no-store');
      c.header('Content-Type', vectorTileType);
      return c.body(tile);
    },
  )
  .get(
    '/counties/:set/:z/:x/:y',
    validate('param', countyTileAddress),
    validate('query', countyTileQuery),
    async (c) => {
      const sql = c.get('sql');
      const { set: code, ...address } = c.req.valid('param');
      const q = c.req.valid('query');
      checkIndicatorPair(q.indicator, q.period);
      const set = await requireSet(sql, code);
      const indicator = q.indicator ? await resolveIndicator(sql, set, q.indicator, q.period) : null;
      c.header('Content-Type', vectorTileType);
      return c.body(await countyTile(sql, address, set, indicator));
    },
  )
  .all('*', (c) => {
    const { method, path } = c.req;
    throw new HttpError(404, 'request.no_route', { method, path }, `no tile route ${method} ${path}`);
  });
