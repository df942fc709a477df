import { z } from 'zod';
import { historyActions, locationPrecisions, projectStatuses } from './enums.ts';
import { feature, featureCollection, point } from './geojson.ts';
import {
  bboxParam,
  countyParam,
  flagParam,
  idParam,
  listParam,
  provinceParam,
  sectorParam,
  setCode,
} from './params.ts';

// Projects as GET /api/projects and /api/projects/:id answer them, and the filters they take.

const status = z.enum(projectStatuses);
const numeric = z.union([z.number(), z.string()]).nullable();

/** The fields everyone sees (docs/api.md, Projects). */
export const publicProjectProperties = z.object({
  id: z.number(),
  title_fa: z.string(),
  title_en: z.string().nullable(),
  description: z.string().nullable(),
  sector: z.string(),
  status,
  source_status: z.string().nullable(),
  progress: z.number().nullable(),
  location_precision: z.enum(locationPrecisions),
  county: z.string(),
  county_name_fa: z.string(),
  county_name_en: z.string().nullable(),
  province: z.string(),
  executing_agency: z.string().nullable(),
  supporting_agencies: z.array(z.string()),
  /** The organisations behind the two names above (GET /api/organisations/:id). */
  executing_org_id: z.number().nullable(),
  supporting_org_ids: z.array(z.number()),
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
  source_document: z.string().nullable(),
  source_date: z.string().nullable(),
  updated_at: z.string(),
});

/** Internal fields: present only for signed-in users. */
export const internalProjectProperties = z.object({
  investment: numeric.optional(),
  investment_unit: z.string().nullable().optional(),
  private_share: numeric.optional(),
  expected_jobs: z.number().nullable().optional(),
  published: z.boolean().optional(),
  archived: z.boolean().optional(),
  version: z.number().optional(),
  status_before: status.nullable().optional(),
  created_at: z.string().optional(),
  created_by: z.string().nullable().optional(),
  updated_by: z.string().nullable().optional(),
  /** GET /api/projects/:id for a signed-in user: whether they may edit it, and to which statuses now. */
  may_edit: z.boolean().optional(),
  allowed_statuses: z.array(status).optional(),
});

export const projectProperties = publicProjectProperties.extend(internalProjectProperties.shape);
export const projectFeature = feature(point, projectProperties);
export const projectCollection = featureCollection(projectFeature);
export type ProjectProperties = z.infer<typeof projectProperties>;
export type ProjectFeature = z.infer<typeof projectFeature>;
export type ProjectCollection = z.infer<typeof projectCollection>;

/** The filters of GET /api/projects, shared by the export so that both always list the same projects. */
// Strict: a misspelt filter (statuss=…) must be refused, not ignored in favour of listing everything.
export const projectListQuery = z.strictObject({
  province: provinceParam.optional(),
  /** A county code of `set`; of the current set it matches the recorded county, else the polygon. */
  county: countyParam.optional(),
  /** The boundary set `county` belongs to (default current). */
  set: setCode.optional(),
  status: listParam(
    z.enum(projectStatuses, { message: `must be among ${projectStatuses.join(', ')}` }),
  ).optional(),
  sector: listParam(sectorParam).optional(),
  bbox: bboxParam.optional(),
  published: flagParam('published').optional(),
  archived: flagParam('archived').optional(),
  /** An organisation's id: the projects in the counties it backs as an economic patron. */
  patron: idParam.optional(),
});
export type ProjectListQuery = z.output<typeof projectListQuery>;

/** GET /api/counties/at: the county a point is in. */
export const locatedCounty = z.object({
  code: z.string(),
  name_fa: z.string(),
  name_en: z.string().nullable(),
  province: z.object({ code: z.string(), name_fa: z.string(), name_en: z.string().nullable() }),
});
export const countyAt = z.object({
  set: z.string(),
  lng: z.number(),
  lat: z.number(),
  county: locatedCounty.nullable(),
});
export type LocatedCounty = z.infer<typeof locatedCounty>;

/** One version of the project (signed-in users only): which tracked fields changed, from what to what. */
export const historyEvent = z.object({
  kind: z.literal('history'),
  /** When it was recorded (ISO timestamp). */
  at: z.string(),
  version: z.number(),
  action: z.enum(historyActions),
  /** Username; null for the data loader and the baseline. */
  actor: z.string().nullable(),
  changes: z.record(z.string(), z.object({ old: z.unknown(), new: z.unknown() })),
  note: z.string().nullable(),
});

/** A monthly progress report. Anonymous visitors get published ones only, without id, published, actor. */
export const progressEvent = z.object({
  kind: z.literal('progress'),
  at: z.string(),
  /** The day the report is for (ISO date), not when it was recorded. */
  reported_on: z.string(),
  percent: z.number(),
  note: z.string().nullable(),
  id: z.number().optional(),
  published: z.boolean().optional(),
  actor: z.string().nullable().optional(),
});

export const timeline = z.object({
  id: z.number(),
  /** Oldest first, by when each was recorded. */
  events: z.array(z.discriminatedUnion('kind', [historyEvent, progressEvent])),
});
export type HistoryEvent = z.infer<typeof historyEvent>;
export type ProgressEvent = z.infer<typeof progressEvent>;
export type TimelineEvent = HistoryEvent | ProgressEvent;
export type Timeline = z.infer<typeof timeline>;

export const progressCreated = z.object({ id: z.number(), version: z.number() });
