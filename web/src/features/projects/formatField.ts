import { formatDay } from '../i18n/dates/formatDay.ts';
import { formatNumber, formatSolarHijriText, localName } from '../i18n/format.ts';
import type { Lang, Messages } from '../i18n/messages.ts';
import type { Sector } from '../meta/api/meta.ts';
import type { ProjectProperties, ProjectStatus } from './api/types.ts';
import { sectorName } from './sectorName.ts';
import { sourceDocumentTitle, sourceStatusText } from './sourceTerms.ts';

/** What a value needs to be shown in the reader's words. */
export interface ChangeContext {
  lang: Lang;
  t: Messages;
  sectors: Sector[];
  project: ProjectProperties;
}

// The history's field names (migration 0006, project_tracked) with their labels: the main dictionary's
// where the project details already name them, the timeline's own for the rest.
const labels: Record<string, (t: Messages) => string> = {
  title_fa: (t) => t.timeline.fields.title_fa,
  title_en: (t) => t.timeline.fields.title_en,
  description: (t) => t.timeline.fields.description,
  sector: (t) => t.sector,
  status: (t) => t.status,
  source_status: (t) => t.sourceStatus,
  progress: (t) => t.progress,
  location: (t) => t.timeline.fields.location,
  location_precision: (t) => t.locationPrecision,
  county: (t) => t.county,
  executing_agency: (t) => t.executingAgency,
  supporting_agencies: (t) => t.supportingAgencies,
  investment: (t) => t.investment,
  investment_unit: (t) => t.timeline.fields.investment_unit,
  private_share: (t) => t.privateShare,
  expected_jobs: (t) => t.expectedJobs,
  start_date: (t) => t.startDate,
  end_date: (t) => t.endDate,
  source_document: (t) => t.sourceDocument,
  source_date: (t) => t.sourceDate,
  published: (t) => t.timeline.fields.published,
  archived: (t) => t.timeline.fields.archived,
};

/** A field a later migration adds is shown by its code rather than hidden. */
export function fieldLabel(field: string, t: Messages): string {
  return labels[field]?.(t) ?? field;
}

/** The order fields are listed in: that of the project details, unknown ones last. */
export function fieldOrder(a: string, b: string): number {
  const keys = Object.keys(labels);
  const rank = (f: string) => (keys.includes(f) ? keys.indexOf(f) : keys.length);
  return rank(a) - rank(b);
}

const asNumber = (v: unknown) => (typeof v === 'number' ? v : Number(v));

/** One old or new value of a field as text (React escapes it: notes and names are never markup). */
export function formatValue(field: string, value: unknown, c: ChangeContext): string {
  const { lang, t } = c;
  if (value === null || value === undefined || value === '') return t.noValue;
  if (typeof value === 'boolean') return value ? t.timeline.yes : t.timeline.no;
  switch (field) {
    case 'status':
      return t.statuses[value as ProjectStatus] ?? String(value);
    case 'source_status':
      return sourceStatusText(t, String(value));
    case 'source_document':
      return sourceDocumentTitle(lang, String(value));
    case 'sector':
      return sectorName(lang, c.sectors, String(value));
    case 'location_precision':
      return t.precisions[value as keyof Messages['precisions']] ?? String(value);
    case 'county':
      // The history keeps the code; the project knows the name of the county it is in now.
      if (value === c.project.county)
        return localName(lang, { name_fa: c.project.county_name_fa, name_en: c.project.county_name_en });
      return String(value);
    case 'location': {
      if (!Array.isArray(value) || value.length !== 2) return String(value);
      const [lng, lat] = value.map((v) => formatNumber(lang, asNumber(v), 4));
      return t.timeline.latLng(lat ?? '', lng ?? '');
    }
    case 'progress':
    case 'private_share':
      return `${formatNumber(lang, asNumber(value))}${t.percentSign}`;
    case 'investment':
    case 'expected_jobs':
      return formatNumber(lang, asNumber(value));
    case 'investment_unit':
      return t.investmentUnits[String(value)] ?? String(value);
    case 'start_date':
    case 'end_date':
      return formatDay(lang, String(value));
    case 'source_date':
      return formatSolarHijriText(lang, String(value), t.solarHijri);
    case 'supporting_agencies':
      return Array.isArray(value) && value.length > 0 ? value.join(t.listSeparator) : t.noValue;
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}
