// The few RFC 7946 shapes the API returns, typed here so the app needs no extra type package.
export type Position = [number, number] | number[];

export interface Point {
  type: 'Point';
  coordinates: Position;
}

export interface Polygon {
  type: 'Polygon';
  coordinates: Position[][];
}

export interface MultiPolygon {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}

export type Geometry = Point | Polygon | MultiPolygon;

export interface Feature<G extends Geometry, P> {
  type: 'Feature';
  id?: string | number;
  geometry: G;
  properties: P;
}

export interface FeatureCollection<G extends Geometry, P> {
  type: 'FeatureCollection';
  features: Feature<G, P>[];
}
