import { z } from 'zod';

// The few RFC 7946 shapes the API returns.

export const position = z.union([z.tuple([z.number(), z.number()]), z.array(z.number())]);
export type Position = z.infer<typeof position>;

export const point = z.object({ type: z.literal('Point'), coordinates: position });
export const polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position)) });
export const multiPolygon = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(z.array(position))),
});
export const area = z.union([polygon, multiPolygon]);

export type Point = z.infer<typeof point>;
export type Polygon = z.infer<typeof polygon>;
export type MultiPolygon = z.infer<typeof multiPolygon>;
export type Geometry = Point | Polygon | MultiPolygon;

export interface Feature<G extends Geometry, P> {
  type: 'Feature';
  id?: string | number | undefined;
  geometry: G;
  properties: P;
}

export interface FeatureCollection<G extends Geometry, P> {
  type: 'FeatureCollection';
  features: Feature<G, P>[];
}

export const feature = <G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) =>
  z.object({
    type: z.literal('Feature'),
    id: z.union([z.string(), z.number()]).optional(),
    geometry,
    properties,
  });

export const featureCollection = <F extends z.ZodType>(item: F) =>
  z.object({ type: z.literal('FeatureCollection'), features: z.array(item) });

/** [minLng, minLat, maxLng, maxLat] */
export const bbox = z.tuple([z.number(), z.number(), z.number(), z.number()]);
/** [lng, lat] */
export const lngLat = z.tuple([z.number(), z.number()]);
