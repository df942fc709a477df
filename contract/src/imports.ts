import { z } from 'zod';
import { importFormats, projectStatuses } from './enums.ts';
import { noteSchema } from './projectInput.ts';

// POST /api/projects/import: the row report of a preview (and of a refused commit), and a commit.

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
