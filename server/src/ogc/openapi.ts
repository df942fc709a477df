import {
  errorBody,
  ogcCollectionParam,
  ogcFeatureParam,
  ogcItemsQuery,
  ogcLimits,
  ogcPlainQuery,
} from '@tavazon/contract';
import { z } from 'zod';
import { conformanceClasses, mediaTypes } from './documents.ts';

// The OpenAPI 3.0 definition of /ogc, written from the zod schemas the routes validate with, so that a
// parameter documented here is exactly the parameter accepted (and an undocumented one is refused).

type JsonSchema = { properties?: Record<string, Record<string, unknown>>; required?: string[] };

const toSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', target: 'openapi-3.0', unrepresentable: 'any' }) as JsonSchema &
    Record<string, unknown>;

/** The OpenAPI parameters of a zod object: one per property, `in` the query or the path. */
function parameters(schema: z.ZodType, where: 'query' | 'path') {
  const json = toSchema(schema);
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, example, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      ...(example !== undefined ? { example } : {}),
      // bbox is one comma-separated value, not a repeated parameter.
      ...(name === 'bbox' ? { style: 'form', explode: false } : {}),
      schema: rest,
    };
  });
}

const errors = {
  '400': { $ref: '#/components/responses/BadRequest' },
  '404': { $ref: '#/components/responses/NotFound' },
};

function operation(id: string, summary: string, type: string, params: unknown[], schema: string) {
  return {
    get: {
      operationId: id,
      summary,
      parameters: params,
      responses: {
        '200': {
          description: summary,
          content: { [type]: { schema: { $ref: `#/components/schemas/${schema}` } } },
        },
        ...errors,
      },
    },
  };
}

let cached: string | undefined;

/** The definition, with `base` (the public /ogc URL) as its server. */
export function openApiDocument(base: string): string {
  cached ??= JSON.stringify(definition('{{base}}'));
  return cached.replaceAll('{{base}}', base);
}

function definition(base: string) {
  const plain = parameters(ogcPlainQuery, 'query');
  const collection = parameters(ogcCollectionParam, 'path');
  const feature = parameters(ogcFeatureParam, 'path');
  const itemsQuery = parameters(ogcItemsQuery, 'query').map((p) =>
    p.name === 'limit'
      ? { ...p, schema: { ...p.schema, default: ogcLimits.defaultLimit } }
      : p.name === 'offset'
        ? { ...p, schema: { ...p.schema, default: 0 } }
        : p,
  );
  const object = { type: 'object' };
  const error = toSchema(errorBody);
  delete error.$schema;
  return {
    openapi: '3.0.3',
    info: {
      title: 'Tavazon · OGC API – Features',
      version: '1.0.0',
      description:
        'Provinces, counties with their indicators, planning regions and driver projects of Iran. ' +
        `Conformance: ${conformanceClasses.join(', ')}. Reading unpublished projects needs ` +
        '`Authorization: Bearer <token>` (an API token made by an admin: docs/api.md).',
    },
    servers: [{ url: base }],
    components: {
      securitySchemes: { token: { type: 'http', scheme: 'bearer' } },
      schemas: {
        LandingPage: object,
        Conformance: object,
        Collections: object,
        Collection: object,
        FeatureCollection: object,
        Feature: object,
        Error: error,
      },
      responses: {
        BadRequest: {
          description: 'A parameter is malformed or unknown; error.field names it.',
          content: { [mediaTypes.json]: { schema: { $ref: '#/components/schemas/Error' } } },
        },
        NotFound: {
          description: 'No such collection or feature.',
          content: { [mediaTypes.json]: { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    },
    security: [{}, { token: [] }],
    paths: {
      '/': operation('getLandingPage', 'The landing page', mediaTypes.json, plain, 'LandingPage'),
      '/api': operation('getApi', 'This API definition', mediaTypes.openapi, plain, 'LandingPage'),
      '/conformance': operation(
        'getConformance',
        'The conformance classes',
        mediaTypes.json,
        plain,
        'Conformance',
      ),
      '/collections': operation('getCollections', 'The collections', mediaTypes.json, plain, 'Collections'),
      '/collections/{collectionId}': operation(
        'describeCollection',
        'One collection',
        mediaTypes.json,
        [...collection, ...plain],
        'Collection',
      ),
      '/collections/{collectionId}/items': operation(
        'getFeatures',
        'A page of features',
        mediaTypes.geojson,
        [...collection, ...itemsQuery],
        'FeatureCollection',
      ),
      '/collections/{collectionId}/items/{featureId}': operation(
        'getFeature',
        'One feature',
        mediaTypes.geojson,
        [...feature, ...plain],
        'Feature',
      ),
    },
  };
}
