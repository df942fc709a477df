import { z } from 'zod';
import { tableFormats } from './enums.ts';
import { countyParam, decimal, provinceParam, setCode, setParam } from './params.ts';
import { optionalText, projectFields, text } from './projectInput.ts';

// Visitors' suggestions and comments on a county or a project, and the planners' moderation of them.
// A visitor needs no account; what is published never includes anything personal (the name only when
// the visitor asked for it; no contact details are ever asked for).

export const suggestionStatuses = ['pending', 'published', 'rejected'] as const;
export type SuggestionStatus = (typeof suggestionStatuses)[number];

/** A moderation step: publish (optionally with a reply), reject (with a reason), reply. */
export const suggestionActions = ['publish', 'reject', 'reply'] as const;
export type SuggestionAction = (typeof suggestionActions)[number];

export const suggestionLimits = {
  body: 2000,
  name: 100,
  note: 2000,
  /** Suggestions one client address may send within `windowMinutes`; the next is 429. */
  perAddress: 5,
  windowMinutes: 60,
} as const;

const L = suggestionLimits;

export const createSuggestionSchema = z
  .strictObject({
    /** The county's boundary set (default current) with `county`; or `project` instead of both. */
    set: setCode.optional(),
    county: countyParam.optional(),
    project: z
      .number({ message: 'must be a project id' })
      .int('must be a project id')
      .positive('must be a project id')
      .max(Number.MAX_SAFE_INTEGER, 'must be a project id')
      .optional(),
    body: text(L.body).pipe(z.string().min(1, 'must not be empty')),
    name: optionalText(L.name).optional(),
    /** Publish the name with the suggestion; without it the name is seen by the planners only. */
    show_name: z.boolean({ message: 'must be true or false' }).default(false),
    /** A point the suggestion is about; it must lie in the county (the project's county). */
    location: projectFields.location.optional(),
    /** Left empty by people; a form-filling robot fills it (a honeypot). */
    website: z.string({ message: 'must be text' }).max(500, 'must be at most 500 characters').optional(),
  })
  .superRefine((s, ctx) => {
    if ((s.county === undefined) === (s.project === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['county'],
        message: 'give either county (with set) or project',
      });
    } else if (s.set !== undefined && s.county === undefined) {
      ctx.addIssue({ code: 'custom', path: ['set'], message: 'set goes with county' });
    }
  });
export type CreateSuggestion = z.input<typeof createSuggestionSchema>;

export const suggestionStepSchema = z
  .strictObject({
    action: z.enum(suggestionActions, { message: `must be one of ${suggestionActions.join(', ')}` }),
    /** The reason of a rejection, the reply, or (publish) a reply published with it. */
    note: optionalText(L.note).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.action !== 'publish' && !s.note) {
      ctx.addIssue({
        code: 'too_small',
        origin: 'string',
        minimum: 1,
        inclusive: true,
        path: ['note'],
        message: s.action === 'reject' ? 'a rejection needs its reason' : 'a reply needs its text',
      });
    }
  });
export type SuggestionStep = z.input<typeof suggestionStepSchema>;

const projectIdParam = decimal(
  z.coerce
    .number({ message: 'must be a project id' })
    .int('must be a project id')
    .positive('must be a project id')
    .max(Number.MAX_SAFE_INTEGER, 'must be a project id'),
  'whole',
);

/** Whose suggestions: a county of a set, or a project. */
export const suggestionTargetQuery = z.object({
  set: setParam,
  county: countyParam.optional(),
  project: projectIdParam.optional(),
});

export const suggestionQueueQuery = z.object({
  province: provinceParam.optional(),
  status: z
    .enum(suggestionStatuses, { message: `must be one of ${suggestionStatuses.join(', ')}` })
    .optional(),
});

export const suggestionCountsQuery = z.object({ set: setParam });

export const suggestionExportQuery = z.object({
  format: z.enum(tableFormats, { message: 'must be csv, geojson or xlsx' }),
  set: setParam,
  county: countyParam.optional(),
  province: provinceParam.optional(),
});

const named = { name_fa: z.string(), name_en: z.string().nullable() };
const point = z.object({ lng: z.number(), lat: z.number() });

/** A published suggestion as everyone sees it. */
export const publicSuggestion = z.object({
  id: z.number(),
  body: z.string(),
  /** Only when the visitor asked for it to be shown. */
  name: z.string().nullable(),
  location: point.nullable(),
  reply: z.string().nullable(),
  created_at: z.string(),
  project: z.object({ id: z.number(), title_fa: z.string(), title_en: z.string().nullable() }).nullable(),
});
export type PublicSuggestion = z.infer<typeof publicSuggestion>;
export const publicSuggestionList = z.object({ suggestions: z.array(publicSuggestion) });

export const moderationStep = z.object({
  action: z.enum(suggestionActions),
  note: z.string().nullable(),
  actor: z.string(),
  at: z.string(),
});
export type ModerationStep = z.infer<typeof moderationStep>;

/** A suggestion in the moderation queue: everything the visitor sent, and every step taken. */
export const queuedSuggestion = z.object({
  id: z.number(),
  status: z.enum(suggestionStatuses),
  body: z.string(),
  name: z.string().nullable(),
  show_name: z.boolean(),
  location: point.nullable(),
  reply: z.string().nullable(),
  created_at: z.string(),
  set: z.string(),
  county: z.object({ code: z.string(), ...named }),
  province: z.object({ code: z.string(), ...named }),
  project: z.object({ id: z.number(), title_fa: z.string(), title_en: z.string().nullable() }).nullable(),
  steps: z.array(moderationStep),
});
export type QueuedSuggestion = z.infer<typeof queuedSuggestion>;
export const suggestionQueue = z.object({ suggestions: z.array(queuedSuggestion) });

export const suggestionCounts = z.object({
  set: z.string(),
  counties: z.array(z.object({ code: z.string(), published: z.number() })),
});
export type SuggestionCounts = z.infer<typeof suggestionCounts>;
