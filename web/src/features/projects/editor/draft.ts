import { createProjectSchema, projectCoherence, projectFields, projectLimits } from '@tavazon/contract';
import { toLatinDigits, toPersianDigits } from '../../i18n/digits.ts';
import type { InvestmentUnit, LocationPrecision, ProjectInput } from '../api/editing.ts';
import type { ProjectFeature, ProjectStatus } from '../api/types.ts';

/**
 * The project form's state: text as typed (numbers may arrive in Persian or Arabic-Indic digits, and an
 * unfinished "12." must survive a re-render), dates already as ISO or null (the date inputs convert).
 */
export interface Draft {
  title_fa: string;
  title_en: string;
  description: string;
  sector: string;
  status: ProjectStatus;
  progress: string;
  lng: string;
  lat: string;
  location_precision: LocationPrecision;
  /** Picked from the organisations (GET /api/organisations). */
  executing_org_id: number | null;
  supporting_org_ids: number[];
  investment: string;
  investment_unit: InvestmentUnit | '';
  private_share: string;
  expected_jobs: string;
  start_date: string | null;
  end_date: string | null;
  source_document: string;
  source_date: string;
  published: boolean;
}

export type DraftField = keyof Draft;

/** Why a field cannot be sent; the form words each reason in the reader's language. */
export type DraftProblem =
  | 'required'
  | 'number'
  | 'whole'
  | 'range'
  | 'unitNeeded'
  | 'endBeforeStart'
  | 'solarDate'
  | 'locationNeeded'
  | 'invalid';

/**
 * A number typed in any of the three digit sets, with `٫` or `.` as the decimal point and `٬` or `,`
 * as thousands separators; null for empty text, NaN for anything else.
 */
export function parseLocalNumber(text: string): number | null {
  const s = toLatinDigits(text.trim())
    .replace(/[٬,\s]/g, '')
    .replace('٫', '.')
    .replace(/^[−–]/, '-');
  if (s === '') return null;
  return /^-?[0-9]+(\.[0-9]+)?$/.test(s) ? Number(s) : Number.NaN;
}

const text = (v: string | null | undefined) => v ?? '';

/** A number as the form shows it: Persian digits and decimal separator in fa (no grouping: it is edited). */
export function numberText(v: number | string | null | undefined, lang: 'fa' | 'en'): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return lang === 'fa' ? toPersianDigits(s, { decimal: true }) : s;
}

export function emptyDraft(sector: string): Draft {
  return {
    title_fa: '',
    title_en: '',
    description: '',
    sector,
    status: 'idea',
    progress: '',
    lng: '',
    lat: '',
    location_precision: 'exact',
    executing_org_id: null,
    supporting_org_ids: [],
    investment: '',
    investment_unit: '',
    private_share: '',
    expected_jobs: '',
    start_date: null,
    end_date: null,
    source_document: '',
    source_date: '',
    published: false,
  };
}

export function draftFromProject(project: ProjectFeature, lang: 'fa' | 'en' = 'en'): Draft {
  const p = project.properties;
  const [lng, lat] = project.geometry.coordinates;
  return {
    title_fa: p.title_fa,
    title_en: text(p.title_en),
    description: text(p.description),
    sector: p.sector,
    status: p.status,
    progress: numberText(p.progress, lang),
    lng: numberText(lng, lang),
    lat: numberText(lat, lang),
    location_precision: p.location_precision,
    executing_org_id: p.executing_org_id ?? null,
    supporting_org_ids: p.supporting_org_ids ?? [],
    investment: numberText(p.investment, lang),
    investment_unit: (p.investment_unit as InvestmentUnit | null) ?? '',
    private_share: numberText(p.private_share, lang),
    expected_jobs: numberText(p.expected_jobs, lang),
    start_date: p.start_date,
    end_date: p.end_date,
    source_document: text(p.source_document),
    source_date: text(p.source_date),
    published: p.published ?? false,
  };
}

const L = projectLimits;

/**
 * The draft as the API takes it, or the problems that keep it from being sent (by field): the contract's
 * limits and schema, the same the server checks with, read here only to spare the round trip and say
 * which field to fix in the reader's words.
 */
export function draftToInput(
  draft: Draft,
):
  | { input: ProjectInput; problems: null }
  | { input: null; problems: Partial<Record<DraftField, DraftProblem>> } {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  const num = (field: DraftField, min: number, max: number, whole: boolean): number | null => {
    const value = parseLocalNumber(draft[field] as string);
    if (value === null) return null;
    if (Number.isNaN(value)) problems[field] = 'number';
    else if (whole && !Number.isInteger(value)) problems[field] = 'whole';
    else if (value < min || value > max) problems[field] = 'range';
    return value;
  };
  const optional = (s: string) => s.trim() || null;
  if (!draft.title_fa.trim()) problems.title_fa = 'required';
  const progress = num('progress', L.progress.min, L.progress.max, true);
  const lng = num('lng', L.lng.min, L.lng.max, false);
  const lat = num('lat', L.lat.min, L.lat.max, false);
  if (lng === null) problems.lng = 'locationNeeded';
  if (lat === null) problems.lat = 'locationNeeded';
  const investment = num('investment', L.investment.min, L.investment.max, false);
  const privateShare = num('private_share', L.privateShare.min, L.privateShare.max, false);
  const jobs = num('expected_jobs', L.expectedJobs.min, L.expectedJobs.max, true);
  const incoherent = projectCoherence({
    investment,
    investment_unit: draft.investment_unit || null,
    start_date: draft.start_date,
    end_date: draft.end_date,
  });
  for (const { field } of incoherent)
    problems[field] = field === 'end_date' ? 'endBeforeStart' : 'unitNeeded';
  const sourceDate = toLatinDigits(draft.source_date.trim()).replaceAll('/', '-');
  if (sourceDate && !projectFields.source_date.safeParse(sourceDate).success)
    problems.source_date = 'solarDate';
  if (Object.keys(problems).length > 0) return { input: null, problems };
  const input: ProjectInput = {
    title_fa: draft.title_fa.trim(),
    title_en: optional(draft.title_en),
    description: optional(draft.description),
    sector: draft.sector,
    status: draft.status,
    progress,
    location: { lng: lng as number, lat: lat as number },
    location_precision: draft.location_precision,
    executing_org_id: draft.executing_org_id,
    supporting_org_ids: draft.supporting_org_ids,
    investment,
    investment_unit: investment === null ? null : draft.investment_unit || null,
    private_share: privateShare,
    expected_jobs: jobs,
    start_date: draft.start_date,
    end_date: draft.end_date,
    source_document: optional(draft.source_document),
    source_date: sourceDate || null,
    published: draft.published,
  };
  // What the fields' own checks above do not cover (lengths, control characters) fails here as it would
  // on the server, under the field it names.
  const checked = createProjectSchema.safeParse(input);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = (issue.path[0] === 'location' ? 'lat' : String(issue.path[0])) as DraftField;
      problems[field] ??= field === 'title_fa' && issue.code === 'too_small' ? 'required' : 'invalid';
    }
    return { input: null, problems };
  }
  return { problems: null, input };
}

/** The fields whose values differ between two inputs (what a PATCH must send). */
export function changedFields(before: ProjectInput, after: ProjectInput): (keyof ProjectInput)[] {
  return (Object.keys(after) as (keyof ProjectInput)[]).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
}

/**
 * After a 409: the project as it is now, with this editor's own changes (the fields where `draft` differs
 * from the version it was based on) put back on top, so nothing typed is lost and nothing of the other
 * edit is overwritten unless this editor changed the same field.
 */
export function rebaseDraft(
  draft: Draft,
  base: ProjectFeature,
  current: ProjectFeature,
  lang: 'fa' | 'en' = 'en',
): Draft {
  const before = draftFromProject(base, lang);
  const next = draftFromProject(current, lang);
  for (const key of Object.keys(draft) as DraftField[]) {
    // By value: the supporting organisations are a list, a new array after every pick.
    if (JSON.stringify(draft[key]) !== JSON.stringify(before[key]))
      (next as unknown as Record<string, unknown>)[key] = draft[key];
  }
  return next;
}
