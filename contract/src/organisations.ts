import { z } from 'zod';
import { coded } from './fieldIssue.ts';
import { countyParam, provinceParam } from './params.ts';
import { optionalText, text } from './projectInput.ts';

// Organisations (executing and supporting agencies, economic patrons) and the counties a patron backs:
// GET/POST/PATCH/DELETE /api/organisations (docs/api.md, Organisations).

/** What kind of body an organisation is; migration 0012's `organisation_kind_check` holds the same list. */
export const organisationKinds = [
  'government_agency',
  'public_company',
  'private_firm',
  'bank',
  'ngo',
  'council',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/**
 * A day of the Solar Hijri calendar as officials write it, `1398/07/28` or `1398-07-28`; whether the
 * day exists (1402/12/30 does not) is checked by the server, which holds the calendar.
 */
export const solarDay = coded(
  /^[0-9]{4}[-/][0-9]{1,2}[-/][0-9]{1,2}$/,
  'solar_day',
  'must be a Solar Hijri day YYYY/MM/DD such as 1398/07/28',
);

/** A Solar Hijri month `YYYY-MM` (or `YYYY/MM`), as the review board is asked for. */
export const solarMonth = coded(
  /^[0-9]{4}[-/](0[1-9]|1[0-2])$/,
  'solar_month',
  'must be a Solar Hijri month YYYY-MM such as 1398-07',
);

/** The `updated_at` an edit is based on: one changed meanwhile answers 409. */
export const editToken = z
  .string({ message: 'updated_at of the record as read is required' })
  .max(40)
  .refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), {
    message: 'must be the updated_at of the record as read, such as 2026-01-31T12:00:00.000Z',
    params: { expected: 'date' },
  });

const kind = z.enum(organisationKinds, { message: `must be one of ${organisationKinds.join(', ')}` });

export const organisationFields = {
  name_fa: text(300).pipe(z.string().min(1, 'must not be empty')),
  name_en: optionalText(300),
  kind,
  /** null: a national organisation. */
  province: provinceParam.nullable(),
};

export const createOrganisationInput = z.strictObject({
  ...organisationFields,
  name_en: organisationFields.name_en.optional(),
  province: organisationFields.province.default(null),
});
export type CreateOrganisationInput = z.input<typeof createOrganisationInput>;

export const updateOrganisationInput = z.strictObject({
  updated_at: editToken,
  name_fa: organisationFields.name_fa.optional(),
  name_en: organisationFields.name_en.optional(),
  kind: kind.optional(),
  province: organisationFields.province.optional(),
});
export type UpdateOrganisationInput = z.input<typeof updateOrganisationInput>;

export const organisationListQuery = z.strictObject({
  kind: kind.optional(),
  /** The organisations of this province and the national ones. */
  province: provinceParam.optional(),
  /** The patrons of this county (current boundaries) today. */
  county: countyParam.optional(),
});

const name = { name_fa: z.string(), name_en: z.string().nullable() };

/** An organisation as lists and pickers show it. */
export const organisationRef = z.object({ id: z.number(), ...name, kind });
export type OrganisationRef = z.infer<typeof organisationRef>;

export const patronage = z.object({
  id: z.number(),
  county: z.string(),
  county_name_fa: z.string(),
  county_name_en: z.string().nullable(),
  province: z.string(),
  /** Solar Hijri YYYY-MM-DD. */
  since: z.string(),
  until: z.string().nullable(),
  note: z.string().nullable(),
});
export type Patronage = z.infer<typeof patronage>;

export const organisation = organisationRef.extend({
  province: z.string().nullable(),
  updated_at: z.string(),
  /** The counties it backs as an economic patron, now or in the past. */
  patronages: z.array(patronage),
});
export type Organisation = z.infer<typeof organisation>;

export const createPatronageInput = z.strictObject({
  county: countyParam,
  since: solarDay,
  until: solarDay.nullable().optional(),
  note: optionalText(2000).optional(),
});
export type CreatePatronageInput = z.input<typeof createPatronageInput>;

/** One recorded change of an organisation, meeting or decision: who, when, which columns from what to what. */
export const reviewChange = z.object({
  id: z.number(),
  at: z.string(),
  action: z.enum(['created', 'updated', 'deleted']),
  actor: z.string().nullable(),
  changes: z.record(z.string(), z.object({ old: z.unknown(), new: z.unknown() })),
});
export type ReviewChange = z.infer<typeof reviewChange>;
