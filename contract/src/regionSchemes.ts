import { z } from 'zod';
import { coded } from './fieldIssue.ts';
import { area, feature, featureCollection } from './geojson.ts';
import { provinceParam, setParam } from './params.ts';

// Planning-region schemes: what POST and PATCH /api/region-schemes take, what the API answers.

const name = (what: string) =>
  z
    .string({ message: `${what} is required` })
    .trim()
    .min(1, `${what} is required`)
    .max(200, 'is too long');

export const regionInput = z.object({
  code: coded(
    /^[a-z0-9-]{1,40}$/,
    'region_code',
    'region code must be lower-case letters, digits and hyphens',
  ),
  name_fa: name('Persian name'),
  name_en: name('English name'),
  counties: z.array(z.string().regex(/^[A-Za-z0-9-]{1,40}$/, 'must be county codes')).max(1000),
});
export type RegionInput = z.infer<typeof regionInput>;

const regionsInput = z.array(regionInput).min(1, 'needs at least one region').max(100, 'at most 100 regions');

export const createSchemeInput = z
  .object({
    set: setParam,
    /** null: a national scheme over every county of the set. */
    province: provinceParam.nullable(),
    name_fa: name('Persian name'),
    name_en: name('English name'),
    note: z.string().max(2000, 'is too long').nullable().optional(),
    regions: regionsInput,
  })
  .strict();
export type CreateSchemeInput = z.input<typeof createSchemeInput>;

export const updateSchemeInput = z
  .object({
    /** The `updated_at` the edit is based on: a scheme changed meanwhile answers 409. */
    updated_at: z
      .string({ message: 'updated_at of the scheme as read is required' })
      .max(40)
      .refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), {
        message: 'must be the updated_at of the scheme as read, such as 2026-01-31T12:00:00.000Z',
        params: { expected: 'date' },
      }),
    name_fa: name('Persian name').optional(),
    name_en: name('English name').optional(),
    note: z.string().max(2000, 'is too long').nullable().optional(),
    regions: regionsInput.optional(),
  })
  .strict();
export type UpdateSchemeInput = z.input<typeof updateSchemeInput>;

export const regionScheme = z.object({
  id: z.number(),
  name_fa: z.string(),
  name_en: z.string(),
  set: z.string(),
  province: z.string().nullable(),
  illustrative: z.boolean(),
  note: z.string().nullable(),
  updated_at: z.string(),
  regions: z.array(
    z.object({ code: z.string(), name_fa: z.string(), name_en: z.string(), counties: z.array(z.string()) }),
  ),
});
export const regionSchemeList = z.array(regionScheme);
export type RegionScheme = z.infer<typeof regionScheme>;

/** What a 400 `region_scheme.membership` carries beside `error`: the counties at fault. */
export const membership = z.object({
  missing: z.array(z.string()),
  duplicated: z.array(z.string()),
  unknown: z.array(z.string()),
});
export type Membership = z.infer<typeof membership>;

export const regionProperties = z.object({
  code: z.string(),
  name_fa: z.string(),
  name_en: z.string().nullable(),
  counties: z.array(z.string()),
  value: z.number().nullable().optional(),
});
export const regionCollection = featureCollection(feature(area, regionProperties));
export type RegionProperties = z.infer<typeof regionProperties>;
export type RegionCollection = z.infer<typeof regionCollection>;
