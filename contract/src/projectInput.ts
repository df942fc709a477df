import { z } from 'zod';
import { investmentUnits, locationPrecisions, projectStatuses } from './enums.ts';
import { coded } from './fieldIssue.ts';
import { bodyId, idList } from './ids.ts';
import { sectorParam } from './params.ts';
import { projectLimits } from './projectRules.ts';

// The editable fields of a project as the API accepts them (POST /api/projects, PATCH /api/projects/:id,
// and each row of an import). The county and province are not among them: the database derives both
// from the location. The web's project form checks a draft with these same schemas and limits.

// Text is stored verbatim (HTML included: the web escapes it); only control characters, which no title
// or name contains and which PostgreSQL partly refuses (NUL), are turned away.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const text = (max: number) =>
  z
    .string({ message: 'must be text' })
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !controlCharacters.test(s), {
      message: 'must not contain control characters',
      params: { expected: 'plain_text' },
    });

/** Optional text: empty means none. */
export const optionalText = (max: number) =>
  text(max)
    .nullable()
    .transform((s) => s || null);

const realDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= '1900' && s < '2200';
};
export const isoDate = coded(
  /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/,
  'date',
  'must be a date YYYY-MM-DD (Gregorian)',
).refine(realDate, {
  message: 'must be a real date between 1900 and 2199, YYYY-MM-DD',
  params: { expected: 'date' },
});

const whole = (min: number, max: number) =>
  z
    .number({ message: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`);

const L = projectLimits;

export const projectFields = {
  title_fa: text(L.titleLength).pipe(z.string().min(1, 'must not be empty')),
  title_en: optionalText(L.titleLength),
  description: optionalText(L.descriptionLength),
  sector: sectorParam,
  status: z.enum(projectStatuses, { message: `must be one of ${projectStatuses.join(', ')}` }),
  progress: whole(L.progress.min, L.progress.max).nullable(),
  location: z.strictObject(
    {
      lng: z
        .number({ message: 'must be a number' })
        .min(L.lng.min, 'must be -180 to 180')
        .max(L.lng.max, 'must be -180 to 180'),
      lat: z
        .number({ message: 'must be a number' })
        .min(L.lat.min, 'must be -90 to 90')
        .max(L.lat.max, 'must be -90 to 90'),
    },
    { message: 'must be { "lng": number, "lat": number }' },
  ),
  location_precision: z.enum(locationPrecisions, {
    message: `must be one of ${locationPrecisions.join(', ')}`,
  }),
  /** Picked from GET /api/organisations; the project's agency names follow the organisations'. */
  executing_org_id: bodyId.nullable(),
  supporting_org_ids: idList(L.agencies),
  investment: z
    .number({ message: 'must be a number >= 0' })
    .min(L.investment.min, 'must be a number >= 0')
    .max(L.investment.max, 'is too large')
    .nullable(),
  investment_unit: z
    .enum(investmentUnits, { message: `must be one of ${investmentUnits.join(', ')}` })
    .nullable(),
  private_share: z
    .number({ message: 'must be a percentage from 0 to 100' })
    .min(L.privateShare.min, 'must be a percentage from 0 to 100')
    .max(L.privateShare.max, 'must be a percentage from 0 to 100')
    .nullable(),
  expected_jobs: whole(L.expectedJobs.min, L.expectedJobs.max).nullable(),
  start_date: isoDate.nullable(),
  end_date: isoDate.nullable(),
  source_document: optionalText(L.sourceDocumentLength),
  source_date: coded(
    /^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/,
    'solar_date',
    'must be a Solar Hijri date YYYY[-MM[-DD]]',
  ).nullable(),
  published: z.boolean({ message: 'must be true or false' }),
};

export const noteSchema = optionalText(L.noteLength);

export const createProjectSchema = z.strictObject({
  ...projectFields,
  status: projectFields.status.default('idea'),
  location_precision: projectFields.location_precision.default('exact'),
  supporting_org_ids: projectFields.supporting_org_ids.default([]),
  published: projectFields.published.default(false),
  title_en: projectFields.title_en.optional(),
  description: projectFields.description.optional(),
  progress: projectFields.progress.optional(),
  executing_org_id: projectFields.executing_org_id.optional(),
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

type Fields = { [K in keyof typeof projectFields]: z.output<(typeof projectFields)[K]> };
/** The editable fields as a client sends them in full (the project form's whole draft). */
export type ProjectInput = { [K in keyof typeof projectFields]: z.input<(typeof projectFields)[K]> };

export type UpdateProjectInput = Partial<Fields> & {
  archived?: boolean;
  version: number;
  note?: string | null;
};

export const updateProjectSchema = z.strictObject({
  ...Object.fromEntries(Object.entries(projectFields).map(([k, v]) => [k, v.optional()])),
  archived: z.boolean({ message: 'must be true or false' }).optional(),
  version: whole(1, 2_000_000_000),
  note: noteSchema.optional(),
}) as unknown as z.ZodType<UpdateProjectInput>;

/** The editable fields' names (what PATCH may change besides `archived`). */
export const editableFields = Object.keys(projectFields) as (keyof typeof projectFields)[];

export const progressSchema = z.strictObject({
  reported_on: isoDate,
  percent: whole(L.progress.min, L.progress.max),
  note: noteSchema.optional(),
  published: z.boolean({ message: 'must be true or false' }).default(false),
});
export type ProgressInput = z.input<typeof progressSchema>;
