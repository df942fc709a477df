import { crs84, ogcLimits } from '@tavazon/contract';
import type { Collection } from './collections.ts';

// The JSON documents of OGC API – Features Part 1 other than the features themselves. Every link is
// absolute and starts at `base` (TAVAZON_PUBLIC_ORIGIN + /ogc), never at the request's Host header.

export const conformanceClasses = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
];

export const mediaTypes = {
  json: 'application/json',
  geojson: 'application/geo+json',
  openapi: 'application/vnd.oai.openapi+json;version=3.0',
} as const;

const link = (href: string, rel: string, type: string, title?: string) => ({
  href,
  rel,
  type,
  ...(title ? { title } : {}),
});

export function landingPage(base: string) {
  return {
    title: 'Tavazon · توازن',
    description:
      "Iran's provinces, counties with their indicators, planning regions and driver projects, as OGC API – Features.",
    links: [
      link(`${base}`, 'self', mediaTypes.json, 'This document'),
      link(`${base}/api`, 'service-desc', mediaTypes.openapi, 'The API definition (OpenAPI 3.0)'),
      link(`${base}/conformance`, 'conformance', mediaTypes.json, 'The conformance classes implemented'),
      link(`${base}/collections`, 'data', mediaTypes.json, 'The collections'),
    ],
  };
}

export function conformance(base: string) {
  return {
    conformsTo: conformanceClasses,
    links: [link(`${base}/conformance`, 'self', mediaTypes.json)],
  };
}

export function collectionDocument(base: string, c: Collection) {
  const url = `${base}/collections/${c.id}`;
  return {
    id: c.id,
    title: c.title,
    description: c.description,
    itemType: 'feature',
    crs: [crs84],
    extent: {
      spatial: { bbox: [c.bbox ?? [-180, -90, 180, 90]], crs: crs84 },
      ...(c.interval
        ? {
            temporal: {
              interval: [c.interval.map((d) => (d ? `${d}T00:00:00Z` : null))],
              trs: 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian',
            },
          }
        : {}),
    },
    links: [
      link(url, 'self', mediaTypes.json, c.title),
      link(`${url}/items`, 'items', mediaTypes.geojson, `${c.title}: features`),
    ],
  };
}

export function collectionsDocument(base: string, all: Collection[]) {
  return {
    links: [link(`${base}/collections`, 'self', mediaTypes.json)],
    crs: [crs84],
    collections: all.map((c) => collectionDocument(base, c)),
  };
}

export interface PageLinks {
  limit: number;
  offset: number;
  returned: number;
  matched: number;
  estimated: boolean;
  /** Keyset paging (projects): the page came after this id, and the next starts after `nextAfter`. */
  keyset?: { after: number | undefined; nextAfter: number | undefined } | undefined;
  /** The other query parameters to carry into next and prev (bbox, datetime, bbox-crs). */
  carry: Record<string, string>;
}

/** A page of items with self, next, prev and collection links. */
export function itemsDocument(base: string, c: Collection, features: string, p: PageLinks) {
  const url = `${base}/collections/${c.id}/items`;
  const at = (offset: number) => {
    const q = new URLSearchParams({ ...p.carry, limit: String(p.limit), offset: String(offset) });
    return `${url}?${q}`;
  };
  const links: ReturnType<typeof link>[] = [];
  if (p.keyset) {
    // An offset given with it applies to this page alone: the next starts after its last id.
    const page = (after: number | undefined, offset: number) => {
      const q = new URLSearchParams({ ...p.carry, limit: String(p.limit) });
      if (after !== undefined) q.set('after', String(after));
      if (offset > 0) q.set('offset', String(offset));
      return `${url}?${q}`;
    };
    links.push(link(page(p.keyset.after, p.offset), 'self', mediaTypes.geojson, 'This page'));
    if (p.keyset.nextAfter !== undefined)
      links.push(link(page(p.keyset.nextAfter, 0), 'next', mediaTypes.geojson, 'The next page'));
  } else {
    // An estimate may be short of the truth: a full page then always offers the next one.
    const more = p.returned === p.limit && (p.estimated || p.offset + p.returned < p.matched);
    links.push(
      link(at(p.offset), 'self', mediaTypes.geojson, 'This page'),
      ...(more ? [link(at(p.offset + p.limit), 'next', mediaTypes.geojson, 'The next page')] : []),
      ...(p.offset > 0
        ? [link(at(Math.max(0, p.offset - p.limit)), 'prev', mediaTypes.geojson, 'The previous page')]
        : []),
    );
  }
  links.push(link(`${base}/collections/${c.id}`, 'collection', mediaTypes.json, c.title));
  const head = JSON.stringify({
    type: 'FeatureCollection',
    numberMatched: p.matched,
    numberReturned: p.returned,
    timeStamp: new Date().toISOString(),
    links,
  });
  // The features are PostGIS' text: spliced in, never parsed.
  return `${head.slice(0, -1)},"features":${features}}`;
}

export function featureDocument(base: string, c: Collection, feature: string, id: string) {
  const links = JSON.stringify([
    link(`${base}/collections/${c.id}/items/${encodeURIComponent(id)}`, 'self', mediaTypes.geojson),
    link(`${base}/collections/${c.id}`, 'collection', mediaTypes.json, c.title),
  ]);
  return `${feature.slice(0, -1)},"links":${links}}`;
}

export const defaultLimit = ogcLimits.defaultLimit;
