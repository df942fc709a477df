import { z } from 'zod';
import { decimal } from './params.ts';

// The query parameters of OGC API – Features (Part 1, core) under /ogc. The server validates with these
// schemas and writes its OpenAPI document from the same ones (z.toJSONSchema), so the two cannot differ.

/** The only CRS of Part 1: WGS 84 longitude, latitude. */
export const crs84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';

export const ogcLimits = { defaultLimit: 100, maxLimit: 10_000, maxOffset: 10_000_000 } as const;

const limitMessage = `must be a whole number from 1 to ${ogcLimits.maxLimit}`;
const offsetMessage = `must be a whole number from 0 to ${ogcLimits.maxOffset}`;

/** `f=json` (the only encoding offered; HTML is not). */
export const ogcFormatParam = z
  .enum(['json'], { message: 'must be json (the only encoding offered)' })
  .meta({ description: 'The encoding of the answer: json (GeoJSON for features).' });

export const ogcLimitParam = decimal(
  z.coerce
    .number({ message: limitMessage })
    .int(limitMessage)
    .min(1, limitMessage)
    .max(ogcLimits.maxLimit, limitMessage),
  'whole',
).meta({
  description: `The most features one page holds (default ${ogcLimits.defaultLimit}).`,
  default: ogcLimits.defaultLimit,
});

export const ogcOffsetParam = decimal(
  z.coerce
    .number({ message: offsetMessage })
    .int(offsetMessage)
    .min(0, offsetMessage)
    .max(ogcLimits.maxOffset, offsetMessage),
  'whole',
).meta({ description: 'Features to skip; the next and prev links carry it.', default: 0 });

const bboxMessage = 'must be minLon,minLat,maxLon,maxLat (or six numbers with heights) in degrees';

/** minLon,minLat,maxLon,maxLat (or with heights: minLon,minLat,minH,maxLon,maxLat,maxH) in CRS84. */
export const ogcBboxParam = z
  .string({ message: bboxMessage })
  .max(300, 'is too long')
  .meta({
    description: 'Only features whose geometry meets this box: minLon,minLat,maxLon,maxLat in CRS84.',
    example: '44,25,64,40',
  })
  .transform((s, ctx) => {
    const n = s.split(',').map((x) => (/^\s*-?[0-9]+(\.[0-9]+)?\s*$/.test(x) ? Number(x) : Number.NaN));
    const box = n.length === 6 ? [n[0]!, n[1]!, n[3]!, n[4]!] : n;
    const [w, s2, e, no] = box as [number, number, number, number];
    if (box.length !== 4 || !box.every(Number.isFinite)) {
      ctx.addIssue({ code: 'custom', message: bboxMessage });
      return z.NEVER;
    }
    // A box across the antimeridian (w > e) is legal in OGC but nothing of Iran lies there.
    if (w < -180 || e > 180 || s2 < -90 || no > 90 || w > e || s2 > no) {
      ctx.addIssue({
        code: 'custom',
        message: `${bboxMessage}, within -180..180 and -90..90, min not above max`,
      });
      return z.NEVER;
    }
    return box as [number, number, number, number];
  });

export const ogcBboxCrsParam = z
  .enum([crs84], { message: `must be ${crs84} (the only CRS offered)` })
  .meta({ description: 'The CRS of bbox; only CRS84.' });

const dateOrTime =
  /^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2}))?$/;
const datetimeMessage =
  'must be a date or date-time (RFC 3339), or an interval start/end with .. for an open end';

/** An instant or a closed or half-open interval, as the two ends (null: open). */
export const ogcDatetimeParam = z
  .string({ message: datetimeMessage })
  .max(100, 'is too long')
  .meta({
    description:
      'Projects whose period (start_date to end_date; no end: still running) meets this instant or interval, e.g. 2020-01-01/.. ; projects without a start date are left out.',
    example: '2020-01-01/..',
  })
  .transform((s, ctx) => {
    const parts = s.split('/');
    const ends = parts.map((p) => (p === '..' || p === '' ? null : p));
    const valid =
      parts.length <= 2 &&
      ends.every((p) => p === null || (dateOrTime.test(p) && !Number.isNaN(Date.parse(p)))) &&
      ends.some((p) => p !== null);
    if (!valid) {
      ctx.addIssue({ code: 'custom', message: datetimeMessage });
      return z.NEVER;
    }
    const start = ends[0] ?? null;
    const end = parts.length === 1 ? start : (ends[1] ?? null);
    if (start && end && Date.parse(start) > Date.parse(end)) {
      ctx.addIssue({ code: 'custom', message: `${datetimeMessage}; the start must not be after the end` });
      return z.NEVER;
    }
    return { start: start?.slice(0, 10) ?? null, end: end?.slice(0, 10) ?? null };
  });

/** Projects only: the page after this feature id (keyset; the next links carry it instead of an offset). */
export const ogcAfterParam = decimal(
  z.coerce
    .number({ message: 'must be the id of a project (a positive whole number)' })
    .int('must be the id of a project (a positive whole number)')
    .positive('must be the id of a project (a positive whole number)')
    .max(Number.MAX_SAFE_INTEGER, 'must be the id of a project (a positive whole number)'),
  'whole',
).meta({
  description:
    'Projects only: the features after this id, in id order. The next links of the projects carry it ' +
    'instead of an offset, so that a deep page costs what the first does and no project is skipped or repeated.',
});

/** Landing page, conformance, collections, one collection and one feature: only `f`. */
export const ogcPlainQuery = z.strictObject({ f: ogcFormatParam.optional() });

/** GET /ogc/collections/{collectionId}/items. `datetime` applies to collections with a time (projects). */
export const ogcItemsQuery = z.strictObject({
  f: ogcFormatParam.optional(),
  limit: ogcLimitParam.optional(),
  offset: ogcOffsetParam.optional(),
  after: ogcAfterParam.optional(),
  bbox: ogcBboxParam.optional(),
  'bbox-crs': ogcBboxCrsParam.optional(),
  datetime: ogcDatetimeParam.optional(),
});
export type OgcItemsQuery = z.output<typeof ogcItemsQuery>;

export const ogcCollectionParam = z.object({
  collectionId: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/, 'must be a collection id such as counties-current')
    .meta({ description: 'The collection: provinces, counties-<set>, regions-<scheme>, projects.' }),
});

export const ogcFeatureParam = ogcCollectionParam.extend({
  featureId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,60}$/, 'must be a feature id (a code or a number)')
    .meta({ description: "The feature's id: a province, county or region code, or a project's number." }),
});
