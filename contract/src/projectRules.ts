// The project rules the web applies before sending (and the server again): limits and the rules over
// fields taken together. Free of zod, so that reading them loads no schema.

/** The numeric and length limits of the fields, for a form's input attributes and hints. */
export const projectLimits = {
  titleLength: 300,
  descriptionLength: 5000,
  agencyLength: 300,
  agencies: 30,
  sourceDocumentLength: 500,
  noteLength: 2000,
  progress: { min: 0, max: 100 },
  investment: { min: 0, max: 1e15 },
  privateShare: { min: 0, max: 100 },
  expectedJobs: { min: 0, max: 10_000_000 },
  lng: { min: -180, max: 180 },
  lat: { min: -90, max: 90 },
} as const;

export type Incoherence =
  | { code: 'field.requires'; field: 'investment_unit'; requires: 'investment' }
  | { code: 'project.end_before_start'; field: 'end_date'; start: string; end: string };

/** The rules over fields taken together, which a field's own rule cannot see: every one broken. */
export function projectCoherence(p: {
  investment?: number | null | undefined;
  investment_unit?: string | null | undefined;
  start_date?: string | null | undefined;
  end_date?: string | null | undefined;
}): Incoherence[] {
  const broken: Incoherence[] = [];
  if (p.investment != null && p.investment_unit == null)
    broken.push({ code: 'field.requires', field: 'investment_unit', requires: 'investment' });
  if (p.start_date && p.end_date && p.end_date < p.start_date)
    broken.push({
      code: 'project.end_before_start',
      field: 'end_date',
      start: p.start_date,
      end: p.end_date,
    });
  return broken;
}
