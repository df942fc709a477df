import {
  ogcCollectionParam,
  ogcFeatureParam,
  ogcItemsQuery,
  ogcLimits,
  ogcPlainQuery,
} from '@tavazon/contract';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { HttpError, notFound } from '../errors.ts';
import { type Collection, findCollection, listCollections } from '../ogc/collections.ts';
import {
  collectionDocument,
  collectionsDocument,
  conformance,
  featureDocument,
  itemsDocument,
  landingPage,
  mediaTypes,
} from '../ogc/documents.ts';
import { items, matched } from '../ogc/features.ts';
import { openApiDocument } from '../ogc/openapi.ts';
import { validate } from '../validate.ts';

// OGC API – Features Part 1 (core, GeoJSON, OpenAPI 3.0) for desktop GIS (QGIS, GDAL's OAPIF driver).
// Anonymous readers get what a visitor sees; a session or an API token reads as its role.

/** The public URL of /ogc: TAVAZON_PUBLIC_ORIGIN (or the listen address), never the Host header. */
const base = (c: Context<AppEnv>) => `${c.get('auth').publicOrigins[0] ?? ''}/ogc`;
const audience = (c: Context<AppEnv>) => ({ internal: c.get('user') !== null });

function answer(c: Context<AppEnv>, body: string, type: string) {
  c.header('Content-Type', type);
  c.header('Cache-Control', c.get('user') ? 'private, no-store' : 'no-cache');
  return c.body(body);
}

async function requireCollection(c: Context<AppEnv>, id: string, extent = true): Promise<Collection> {
  const found = await findCollection(c.get('sql'), id, audience(c), extent);
  if (!found) {
    throw notFound(
      'ogc.collection_not_found',
      { collection: id },
      `collectionId: no collection ${id}; GET /ogc/collections lists them`,
      'collectionId',
    );
  }
  return found;
}

export const ogc = new Hono<AppEnv>()
  .get('/', validate('query', ogcPlainQuery), (c) =>
    answer(c, JSON.stringify(landingPage(base(c))), mediaTypes.json),
  )
  .get('/api', validate('query', ogcPlainQuery), (c) =>
    answer(c, openApiDocument(base(c)), mediaTypes.openapi),
  )
  .get('/conformance', validate('query', ogcPlainQuery), (c) =>
    answer(c, JSON.stringify(conformance(base(c))), mediaTypes.json),
  )
  .get('/collections', validate('query', ogcPlainQuery), async (c) => {
    const all = await listCollections(c.get('sql'), audience(c));
    return answer(c, JSON.stringify(collectionsDocument(base(c), all)), mediaTypes.json);
  })
  .get(
    '/collections/:collectionId',
    validate('param', ogcCollectionParam),
    validate('query', ogcPlainQuery),
    async (c) => {
      const found = await requireCollection(c, c.req.valid('param').collectionId);
      return answer(c, JSON.stringify(collectionDocument(base(c), found)), mediaTypes.json);
    },
  )
  .get(
    '/collections/:collectionId/items',
    validate('param', ogcCollectionParam),
    validate('query', ogcItemsQuery),
    async (c) => {
      const q = c.req.valid('query');
      const found = await requireCollection(c, c.req.valid('param').collectionId, false);
      if (q.datetime && found.kind !== 'projects') {
        throw new HttpError(
          400,
          'field.unknown',
          { field: 'datetime', path: 'datetime' },
          `datetime: the collection ${found.id} has no time; only projects take datetime`,
          { field: 'datetime' },
        );
      }
      if (q.after !== undefined && found.kind !== 'projects') {
        throw new HttpError(
          400,
          'field.unknown',
          { field: 'after', path: 'after' },
          `after: only the projects page by id; the collection ${found.id} takes offset`,
          { field: 'after' },
        );
      }
      const filter = {
        limit: q.limit ?? ogcLimits.defaultLimit,
        offset: q.offset ?? 0,
        after: q.after,
        bbox: q.bbox,
        datetime: q.datetime,
      };
      const sql = c.get('sql');
      const page = await items(sql, found, filter, audience(c));
      const count = await matched(sql, found, filter, audience(c));
      const raw = new URL(c.req.url).searchParams;
      const carry: Record<string, string> = {};
      for (const name of ['bbox', 'bbox-crs', 'datetime']) {
        const value = raw.get(name);
        if (value !== null) carry[name] = value;
      }
      const body = itemsDocument(base(c), found, page.features, {
        limit: filter.limit,
        offset: filter.offset,
        returned: page.returned,
        matched: count.n,
        estimated: count.estimated,
        keyset: found.kind === 'projects' ? { after: q.after, nextAfter: page.nextAfter } : undefined,
        carry,
      });
      return answer(c, body, mediaTypes.geojson);
    },
  )
  .get(
    '/collections/:collectionId/items/:featureId',
    validate('param', ogcFeatureParam),
    validate('query', ogcPlainQuery),
    async (c) => {
      const { collectionId, featureId } = c.req.valid('param');
      const found = await requireCollection(c, collectionId, false);
      const page = await items(c.get('sql'), found, { limit: 1, offset: 0, id: featureId }, audience(c));
      if (page.returned === 0) {
        throw notFound(
          'ogc.feature_not_found',
          { collection: collectionId, id: featureId },
          `featureId: the collection ${collectionId} has no feature ${featureId}`,
          'featureId',
        );
      }
      const feature = page.features.slice(1, -1);
      return answer(c, featureDocument(base(c), found, feature, featureId), mediaTypes.geojson);
    },
  )
  .all('*', (c) => {
    const { method, path } = c.req;
    throw new HttpError(404, 'request.no_route', { method, path }, `no OGC API route ${method} ${path}`);
  });
