import { z } from 'zod';
import { importFormats, projectStatuses } from './enums.ts';
import { noteSchema } from './projectInput.ts';

// POST /api/projects/import: the row report of a preview (and of a refused commit), and a commit.

/** The largest upload the server reads; the web refuses a larger file before sending it. */
export const importLimitBytes = 10 * 1024 * 1024;
/** Extensions the server recognises in a multipart upload. */
export const importExtensions = ['csv', 'geojson', 'json', 'xlsx'] as const;

/** The columns of an import file: the export's names, so an exported file can be corrected and re-imported. */
export const importColumns = [
  'title_fa',
  'title_en',
  'description',
  'sector',
  'status',
  'progress',
  'lat',
  'lng',
  'location_precision',
  'executing_agency',
  'supporting_agencies',
  'investment',
  'investment_unit',
  'private_share',
  'expected_jobs',
  'start_date',
  'end_date',
  'source_document',
  'source_date',
  'published',
] as const;
export type ImportColumn = (typeof importColumns)[number];
export const requiredColumns: readonly ImportColumn[] = ['title_fa', 'sector', 'status', 'lat', 'lng'];

/** One problem of the file; `code` and `params` are of the error catalogue (errors.ts). */
export const importProblem = z.object({
  /** The CSV line or XLSX row (the header is 1), or the GeoJSON feature number (from 1). */
  row: z.number(),
  /** null for a problem of the whole row or file. */
  column: z.string().nullable(),
  code: z.string(),
  params: z.record(z.string(), z.unknown()),
  /** English, for API clients. */
  reason: z.string(),
  value: z.string().optional(),
});
export type ImportProblem = z.infer<typeof importProblem>;

/** What preview answers, and what a refused commit (422) carries beside its `error`. */
export const importReport = z.object({
  format: z.enum(importFormats),
  rows: z.number(),
  valid: z.number(),
  problemCount: z.number(),
  problems: z.array(importProblem),
  /** More problems than the server lists: `problems` holds the first of them only. */
  truncated: z.boolean(),
});
export type ImportReport = z.infer<typeof importReport>;

export const importSampleRow = z.object({
  row: z.number(),
  title_fa: z.string(),
  status: z.enum(projectStatuses),
  county: z.string(),
  county_name_fa: z.string(),
  province: z.string(),
});
export type ImportSampleRow = z.infer<typeof importSampleRow>;

export const importPreview = importReport.extend({
  mode: z.literal('preview'),
  sample: z.array(importSampleRow),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importCommitted = z.object({
  mode: z.literal('commit'),
  format: z.enum(importFormats),
  imported: z.number(),
  ids: z.array(z.number()),
});
export type ImportCommitted = z.infer<typeof importCommitted>;

export const importQuery = z.object({
  mode: z.enum(['preview', 'commit'], { message: 'must be preview or commit' }).default('preview'),
  note: noteSchema.optional(),
});
export type ImportMode = z.output<typeof importQuery>['mode'];
