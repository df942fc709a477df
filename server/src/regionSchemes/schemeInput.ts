import { z } from 'zod';
import { provinceParam, setParam } from '../params.ts';

const name = (what: string) =>
  z
    .string({ message: `${what} is required` })
    .trim()
    .min(1, `${what} is required`)
    .max(200, 'is too long');

export const regionInput = z.object({
  code: z
    .string({ message: 'region code is required' })
    .regex(/^[a-z0-9-]{1,40}$/, 'region code must be lower-case letters, digits and hyphens'),
  name_fa: name('Persian name'),
  name_en: name('English name'),
  counties: z.array(z.string().regex(/^[A-Za-z0-9-]{1,40}$/, 'must be county codes')).max(1000),
});

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

export const updateSchemeInput = z
  .object({
    /** The `updated_at` the edit is based on: a scheme changed meanwhile answers 409. */
    updated_at: z.string({ message: 'updated_at of the scheme as read is required' }).max(40),
    name_fa: name('Persian name').optional(),
    name_en: name('English name').optional(),
    note: z.string().max(2000, 'is too long').nullable().optional(),
    regions: regionsInput.optional(),
  })
  .strict();

export type RegionInput = z.infer<typeof regionInput>;
