import type { Sql } from '@tavazon/data';
import type { FeatureCollection } from 'geojson';
import { findCollection } from '../ogc/collections.ts';
import { items } from '../ogc/features.ts';

/**
 * The counties of a set with the latest value of every indicator (the OGC collection counties-<set>,
 * whole), as GeoJSON text; undefined for an unknown set. Counties are public to everyone.
 */
export async function countyCollection(sql: Sql, set: string): Promise<string | undefined> {
  const collection = await findCollection(sql, `counties-${set}`, { internal: false });
  if (!collection) return undefined;
  const page = await items(sql, collection, { limit: 100_000, offset: 0 }, { internal: false });
  return `{"type":"FeatureCollection","features":${page.features}}`;
}

export const parseCollection = (text: string) => JSON.parse(text) as FeatureCollection;
