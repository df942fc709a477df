import { z } from 'zod';
import { projectStatuses } from './enums.ts';
import { bodyId, idList } from './ids.ts';
import {
  editToken,
  organisation as organisationDetail,
  organisationRef,
  reviewChange,
  solarDay,
  solarMonth,
} from './organisations.ts';
import { countyParam, provinceParam } from './params.ts';
import { optionalText, text } from './projectInput.ts';

// Meetings, their numbered decisions, the monthly review board and the one-county briefing
// (docs/api.md, Review). Days and months are Solar Hijri: `1398/07/28` or `1398-07-28` in, `1398-07-28` out.

export const decisionStatuses = ['open', 'done'] as const;
export type DecisionStatus = (typeof decisionStatuses)[number];

const codes = (max: number) =>
  z.array(countyParam, { message: 'must be a list of county codes' }).max(max, `must list at most ${max}`);

export const decisionFields = {
  number: z
    .number({ message: 'must be a whole number from 1 to 999' })
    .int('must be a whole number from 1 to 999')
    .min(1, 'must be a whole number from 1 to 999')
    .max(999, 'must be a whole number from 1 to 999'),
  text: text(5000).pipe(z.string().min(1, 'must not be empty')),
  /** The one organisation that executes it; the others only support. */
  executing_org_id: bodyId,
  supporting_org_ids: idList(50),
  deadline: solarDay.nullable(),
  project_ids: idList(100),
  counties: codes(100),
};

export const createDecisionInput = z.strictObject({
  ...decisionFields,
  supporting_org_ids: decisionFields.supporting_org_ids.default([]),
  deadline: decisionFields.deadline.default(null),
  project_ids: decisionFields.project_ids.default([]),
  counties: decisionFields.counties.default([]),
});
export type CreateDecisionInput = z.input<typeof createDecisionInput>;

export const updateDecisionInput = z.strictObject({
  updated_at: editToken,
  number: decisionFields.number.optional(),
  text: decisionFields.text.optional(),
  executing_org_id: decisionFields.executing_org_id.optional(),
  supporting_org_ids: decisionFields.supporting_org_ids.optional(),
  deadline: decisionFields.deadline.optional(),
  project_ids: decisionFields.project_ids.optional(),
  counties: decisionFields.counties.optional(),
  status: z.enum(decisionStatuses, { message: 'must be open or done' }).optional(),
  follow_up: optionalText(5000).optional(),
});
export type UpdateDecisionInput = z.input<typeof updateDecisionInput>;

export const meetingFields = {
  province: provinceParam,
  held_on: solarDay,
  /** The body holding it, e.g. «شورای برنامه‌ریزی و توسعه استان». */
  body: text(300).pipe(z.string().min(1, 'must not be empty')),
  title: optionalText(300),
  notes: optionalText(5000),
  present_org_ids: idList(200),
  absent_org_ids: idList(200),
  agenda_project_ids: idList(200),
  agenda_counties: codes(100),
};

export const createMeetingInput = z.strictObject({
  ...meetingFields,
  title: meetingFields.title.optional(),
  notes: meetingFields.notes.optional(),
  present_org_ids: meetingFields.present_org_ids.default([]),
  absent_org_ids: meetingFields.absent_org_ids.default([]),
  agenda_project_ids: meetingFields.agenda_project_ids.default([]),
  agenda_counties: meetingFields.agenda_counties.default([]),
  decisions: z.array(createDecisionInput, { message: 'must be a list of decisions' }).max(100).default([]),
});
export type CreateMeetingInput = z.input<typeof createMeetingInput>;

export const updateMeetingInput = z.strictObject({
  updated_at: editToken,
  held_on: meetingFields.held_on.optional(),
  body: meetingFields.body.optional(),
  title: meetingFields.title.optional(),
  notes: meetingFields.notes.optional(),
  present_org_ids: meetingFields.present_org_ids.optional(),
  absent_org_ids: meetingFields.absent_org_ids.optional(),
  agenda_project_ids: meetingFields.agenda_project_ids.optional(),
  agenda_counties: meetingFields.agenda_counties.optional(),
});
export type UpdateMeetingInput = z.input<typeof updateMeetingInput>;

const countyRef = z.object({ code: z.string(), name_fa: z.string(), name_en: z.string().nullable() });
const projectRef = z.object({ id: z.number(), title_fa: z.string(), title_en: z.string().nullable() });

export const decision = z.object({
  id: z.number(),
  meeting_id: z.number(),
  number: z.number(),
  text: z.string(),
  executing: organisationRef,
  supporting: z.array(organisationRef),
  /** Solar Hijri YYYY-MM-DD. */
  deadline: z.string().nullable(),
  status: z.enum(decisionStatuses),
  /** Open with its deadline before today: computed, never stored. */
  overdue: z.boolean(),
  done_on: z.string().nullable(),
  projects: z.array(projectRef),
  counties: z.array(countyRef),
  follow_up: z.string().nullable(),
  updated_at: z.string(),
  /** The meeting's day and body, for lists of decisions outside their meeting. */
  meeting_held_on: z.string(),
  meeting_body: z.string(),
});
export type Decision = z.infer<typeof decision>;

export const meeting = z.object({
  id: z.number(),
  province: z.string(),
  held_on: z.string(),
  body: z.string(),
  title: z.string().nullable(),
  notes: z.string().nullable(),
  present: z.array(organisationRef),
  absent: z.array(organisationRef),
  agenda_projects: z.array(projectRef),
  agenda_counties: z.array(countyRef),
  decisions: z.array(decision),
  updated_at: z.string(),
  /** GET /api/meetings/:id: every change of the meeting and its decisions, oldest first. */
  changes: z.array(reviewChange.extend({ entity: z.string(), entity_id: z.number() })).optional(),
});
export type Meeting = z.infer<typeof meeting>;

export const meetingListQuery = z.strictObject({
  province: provinceParam.optional(),
  month: solarMonth.optional(),
});

export const reviewQuery = z.strictObject({ province: provinceParam, month: solarMonth });

export const reviewProject = z.object({
  id: z.number(),
  title_fa: z.string(),
  title_en: z.string().nullable(),
  status: z.enum(projectStatuses),
  executing: z.string().nullable(),
  /** The last percentage reported in the month, and in the month before. */
  progress: z.number().nullable(),
  previous_progress: z.number().nullable(),
  /** Whether the month's report is in. */
  reported: z.boolean(),
  /** Solar Hijri day of the last report up to the month's end, or null. */
  last_report: z.string().nullable(),
  /** An active project with no report in this month nor the one before. */
  stalled: z.boolean(),
});
export type ReviewProject = z.infer<typeof reviewProject>;

export const bandStatuses = ['below', 'within', 'above'] as const;

export const reviewCounty = countyRef.extend({
  projects: z.array(reviewProject),
  band: z.enum(bandStatuses),
});

export const review = z.object({
  province: z.object({ code: z.string(), name_fa: z.string(), name_en: z.string().nullable() }),
  month: z.string(),
  /** The month's first and last day (Solar Hijri) and the day overdue is judged on. */
  first_day: z.string(),
  last_day: z.string(),
  today: z.string(),
  band: z.object({ min: z.number(), max: z.number() }),
  counties: z.array(reviewCounty),
  outside_band: z.array(countyRef.extend({ count: z.number(), band: z.enum(bandStatuses) })),
  stalled: z.array(reviewProject.extend({ county: z.string() })),
  /** Open decisions whose deadline falls in the month and is not yet past. */
  due: z.array(decision),
  overdue: z.array(decision),
  /** The overdue decisions per executing organisation, most first. */
  overdue_by_organisation: z.array(z.object({ organisation: organisationRef, decisions: z.array(decision) })),
  meetings: z.array(
    z.object({ id: z.number(), held_on: z.string(), body: z.string(), decisions: z.number() }),
  ),
});
export type Review = z.infer<typeof review>;

export const briefingIndicator = z.object({
  code: z.string(),
  name_fa: z.string(),
  name_en: z.string(),
  unit: z.string().nullable(),
  decimals: z.number(),
  polarity: z.string(),
  period: z.string(),
  value: z.number(),
  estimated: z.boolean(),
  /** 1 = highest value; percentile: the share of counties with a lower value (0–100). */
  province_rank: z.number(),
  province_count: z.number(),
  province_percentile: z.number(),
  national_rank: z.number(),
  national_count: z.number(),
  national_percentile: z.number(),
});
export type BriefingIndicator = z.infer<typeof briefingIndicator>;

export const briefing = z.object({
  county: countyRef.extend({
    province: z.object({ code: z.string(), name_fa: z.string(), name_en: z.string().nullable() }),
  }),
  today: z.string(),
  /** The county's outline and its projects' points, in [lng, lat]. */
  outline: z.unknown(),
  indicators: z.array(briefingIndicator),
  coverage: z.object({ count: z.number(), min: z.number(), max: z.number(), band: z.enum(bandStatuses) }),
  projects: z.array(
    z.object({
      id: z.number(),
      title_fa: z.string(),
      title_en: z.string().nullable(),
      status: z.enum(projectStatuses),
      progress: z.number().nullable(),
      location: z.tuple([z.number(), z.number()]),
      /** Every report, oldest first: the progress line. */
      reports: z.array(z.object({ day: z.string(), percent: z.number() })),
      last_report: z.object({ day: z.string(), percent: z.number(), note: z.string().nullable() }).nullable(),
    }),
  ),
  decisions: z.array(decision),
  patrons: z.array(organisationRef.extend({ since: z.string() })),
});
export type Briefing = z.infer<typeof briefing>;

/** GET /api/organisations/:id: the organisation with its projects, and for signed-in users its open decisions and history. */
export const organisationPage = z.object({
  organisation: organisationDetail,
  projects: z.array(
    projectRef.extend({
      status: z.enum(projectStatuses),
      role: z.enum(['executing', 'supporting']),
      county_name_fa: z.string(),
      county_name_en: z.string().nullable(),
    }),
  ),
  decisions: z.array(decision).optional(),
  changes: z.array(reviewChange).optional(),
});
export type OrganisationPage = z.infer<typeof organisationPage>;
