// The few RFC 7946 shapes the API returns, as the contract types them.
export type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from '@tavazon/contract';
