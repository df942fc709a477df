import { z } from 'zod';
import { projectStatuses } from '../routes/meta.ts';

// The editable fields of a project as the API accepts them. The county and province are not among them:
// the database derives both from the location.

export const locationPrecisions = ['exact', 'near', 'county', 'province'] as const;
export const investmentUnits = ['IRR-billion', 'USD-million', 'EUR-million'] as const;

// Text is stored verbatim (HTML included: the web escapes it); only control characters, which no title
// or name contains and which PostgreSQL partly refuses (NUL), are turned away.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const text = (max: number) =>
  z
    .string({ message: 'must be text' })
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !controlCharacters.test(s), 'must not contain control characters');

/** Optional text: empty means none. */
const optionalText = (max: number) =>
  text(max)
    .nullable()
    .transform((s) => s || null);

const realDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= '1900' && s < '2200';
};
export const isoDate = z
  .string({ message: 'must be a date YYYY-MM-DD' })
  .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, 'must be a date YYYY-MM-DD (Gregorian)')
  .refine(realDate, 'must be a real date between 1900 and 2199, YYYY-MM-DD');

const whole = (min: number, max: number) =>
  z
    .number({ message: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`);

export const projectFields = {
  title_fa: text(300).pipe(z.string().min(1, 'must not be empty')),
  title_en: optionalText(300),
  description: optionalText(5000),
  sector: z.string({ message: 'must be a sector code' }).regex(/^[a-z0-9-]{1,40}$/, 'must be a sector code'),
  status: z.enum(projectStatuses, { message: `must be one of ${projectStatuses.join(', ')}` }),
  progress: whole(0, 100).nullable(),
  location: z.strictObject(
    {
      lng: z
        .number({ message: 'must be a number' })
        .min(-180, 'must be -180 to 180')
        .max(180, 'must be -180 to 180'),
      lat: z
        .number({ message: 'must be a number' })
        .min(-90, 'must be -90 to 90')
        .max(90, 'must be -90 to 90'),
    },
    { message: 'must be { "lng": number, "lat": number }' },
  ),
  location_precision: z.enum(locationPrecisions, {
    message: `must be one of ${locationPrecisions.join(', ')}`,
  }),
  executing_agency: optionalText(300),
  supporting_agencies: z
    .array(text(300).pipe(z.string().min(1, 'must not be empty')), { message: 'must be a list of names' })
    .max(30, 'must list at most 30 agencies'),
  investment: z
    .number({ message: 'must be a number >= 0' })
    .min(0, 'must be a number >= 0')
    .max(1e15, 'is too large')
    .nullable(),
  investment_unit: z
    .enum(investmentUnits, { message: `must be one of ${investmentUnits.join(', ')}` })
    .nullable(),
  private_share: z
    .number({ message: 'must be a percentage from 0 to 100' })
    .min(0, 'must be a percentage from 0 to 100')
    .max(100, 'must be a percentage from 0 to 100')
    .nullable(),
  expected_jobs: whole(0, 10_000_000).nullable(),
  start_date: isoDate.nullable(),
  end_date: isoDate.nullable(),
  source_document: optionalText(500),
  source_date: z
    .string({ message: 'must be a Solar Hijri date YYYY[-MM[-DD]]' })
    .regex(/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/, 'must be a Solar Hijri date YYYY[-MM[-DD]]')
    .nullable(),
  published: z.boolean({ message: 'must be true or false' }),
};

export const noteSchema = optionalText(2000);

export const createProjectSchema = z.strictObject({
  ...projectFields,
  status: projectFields.status.default('idea'),
  location_precision: projectFields.location_precision.default('exact'),
  supporting_agencies: projectFields.supporting_agencies.default([]),
  published: projectFields.published.default(false),
  title_en: projectFields.title_en.optional(),
  description: projectFields.description.optional(),
  progress: projectFields.progress.optional(),
  executing_agency: projectFields.executing_agency.optional(),
  investment: projectFields.investment.optional(),
  investment_unit: projectFields.investment_unit.optional(),
  private_share: projectFields.private_share.optional(),
  expected_jobs: projectFields.expected_jobs.optional(),
  start_date: projectFields.start_date.optional(),
  end_date: projectFields.end_date.optional(),
  source_document: projectFields.source_document.optional(),
  source_date: projectFields.source_date.optional(),
  note: noteSchema.optional(),
});
export type CreateProjectInput = z.output<typeof createProjectSchema>;

export const updateProjectSchema = z.strictObject({
  ...Object.fromEntries(Object.entries(projectFields).map(([k, v]) => [k, v.optional()])),
  archived: z.boolean({ message: 'must be true or false' }).optional(),
  version: whole(1, 2_000_000_000),
  note: noteSchema.optional(),
}) as unknown as z.ZodType<UpdateProjectInput>;

type Fields = { [K in keyof typeof projectFields]: z.output<(typeof projectFields)[K]> };
export type UpdateProjectInput = Partial<Fields> & {
  archived?: boolean;
  version: number;
  note?: string | null;
};

/** The editable fields' names (what PATCH may change besides `archived`). */
export const editableFields = Object.keys(projectFields) as (keyof typeof projectFields)[];
