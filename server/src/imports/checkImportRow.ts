import {
  createProjectSchema,
  describeIssue,
  type ErrorCode,
  type ErrorParams,
  projectStatuses,
} from '@tavazon/contract';
import { coherenceError } from '../projects/createProject.ts';
import type { NewProject } from '../projects/insertProjects.ts';
import type { CellValue } from '../xlsx/readXlsx.ts';
import { latinDigits, type Parsed, parseBoolean, parseDate, parseNumber, parseText } from './parseCell.ts';
import { problem, problemFrom, type RowProblem } from './problem.ts';
import type { ImportRow } from './readImportFile.ts';

// Iran lies within these bounds (with a margin); a finer test, inside a county, follows in the database.
const iran = { minLat: 24.8, maxLat: 40, minLng: 43.9, maxLng: 63.5 };
const inIran = (lat: number, lng: number) =>
  lat >= iran.minLat && lat <= iran.maxLat && lng >= iran.minLng && lng <= iran.maxLng;

/**
 * One row's fields checked on their own (the county, duplicates and the editor's provinces need the
 * database: locateImportRows). Every problem of the row is listed, not just the first.
 */
export function checkImportRow(
  r: ImportRow,
  sectors: ReadonlySet<string>,
): {
  project: NewProject | null;
  problems: RowProblem[];
  title?: string;
  location?: { lat: number; lng: number };
} {
  const problems: RowProblem[] = [];
  const report = <C extends ErrorCode>(
    column: string,
    code: C,
    params: Omit<ErrorParams<C>, 'row' | 'column' | 'value'>,
    reason: string,
    value?: CellValue | CellValue[],
  ) =>
    problems.push(
      problem(
        { row: r.row, column, ...(value !== undefined ? { value: String(value) } : {}) },
        code,
        params,
        reason,
      ),
    );
  const raw = (c: string) => {
    const v = r.values.get(c);
    return Array.isArray(v) ? v.join('; ') : v;
  };
  const text = (c: string) => {
    const v = raw(c);
    return v === undefined ? undefined : parseText(v) || undefined;
  };
  const parsed = <T>(c: string, parse: (v: CellValue) => Parsed<T>) => {
    const v = raw(c);
    if (v === undefined) return undefined;
    const p = parse(v);
    if (!p.ok) report(c, p.code, {}, p.reason, v);
    return p.ok ? p.value : undefined;
  };

  const title = text('title_fa');
  if (!title) report('title_fa', 'import.missing', {}, 'missing: every project needs a Persian title');
  const sector = text('sector')?.toLowerCase();
  if (!sector) report('sector', 'import.missing', {}, 'missing');
  else if (!sectors.has(sector))
    report(
      'sector',
      'import.unknown_sector',
      { known: [...sectors] },
      `unknown sector; known: ${[...sectors].join(', ')}`,
      sector,
    );
  // The source documents' "existing" is stored as operational, the word kept (as the data loader does).
  const statusWord = text('status')?.toLowerCase();
  const status = statusWord === 'existing' ? 'operational' : statusWord;
  if (!status) report('status', 'import.missing', {}, 'missing');
  else if (!(projectStatuses as readonly string[]).includes(status)) {
    report(
      'status',
      'import.unknown_status',
      { known: [...projectStatuses] },
      `unknown status; known: ${projectStatuses.join(', ')} (or existing)`,
      statusWord,
    );
  }

  const lat = parsed('lat', parseNumber);
  const lng = parsed('lng', parseNumber);
  if (!r.locationReported) {
    if (raw('lat') === undefined) report('lat', 'import.missing', {}, 'missing');
    if (raw('lng') === undefined) report('lng', 'import.missing', {}, 'missing');
  }
  let location: { lat: number; lng: number } | undefined;
  if (lat !== undefined && lng !== undefined) {
    if (inIran(lat, lng)) location = { lat, lng };
    else if (inIran(lng, lat)) {
      report(
        'lat',
        'import.swapped_coordinates',
        { lat, lng },
        `latitude and longitude look swapped: (lat ${lat}, lng ${lng}) is outside Iran but (lat ${lng}, lng ${lat}) is inside; swap the two columns`,
      );
    } else {
      report(
        'lat',
        'import.outside_iran',
        { lat, lng },
        `coordinates (lat ${lat}, lng ${lng}) are outside Iran (latitude ${iran.minLat}–${iran.maxLat}, longitude ${iran.minLng}–${iran.maxLng})`,
      );
    }
  }

  const agencies = r.values.get('supporting_agencies');
  const agencyNames = {
    executing: text('executing_agency') ?? null,
    supporting: (Array.isArray(agencies)
      ? agencies.map(String)
      : (text('supporting_agencies')?.split(/[;؛|]/) ?? [])
    )
      .map((a) => a.trim())
      .filter(Boolean),
  };
  const candidate = {
    title_fa: title ?? '',
    title_en: text('title_en') ?? null,
    description: text('description') ?? null,
    sector: sector ?? '',
    status: status ?? 'idea',
    progress: parsed('progress', parseNumber) ?? null,
    location: location ?? { lat: 0, lng: 0 },
    location_precision: text('location_precision')?.toLowerCase() ?? 'exact',
    // Named in the file; turned into organisations by resolveAgencyNames before the insert.
    executing_org_id: null,
    supporting_org_ids: [],
    investment: parsed('investment', parseNumber) ?? null,
    investment_unit: text('investment_unit') ?? null,
    private_share: parsed('private_share', parseNumber) ?? null,
    expected_jobs: parsed('expected_jobs', parseNumber) ?? null,
    start_date: parsed('start_date', parseDate) ?? null,
    end_date: parsed('end_date', parseDate) ?? null,
    source_document: text('source_document') ?? null,
    // Solar Hijri as written, with Latin digits and dashes: ۱۴۰۲/۰۵ → 1402-05.
    source_date: latinDigits(text('source_date') ?? '').replace(/\//g, '-') || null,
    published: parsed('published', parseBoolean) ?? false,
  };
  // The API's own rules for what is left (lengths, ranges, enumerations), reported under the column.
  const checked = createProjectSchema.safeParse(candidate);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const column = String(issue.path[0] ?? 'row');
      if (problems.some((p) => p.column === column)) continue;
      const { field: _field, path: _path, ...rule } = describeIssue(issue, column);
      report(column, 'field.invalid', { field: column, path: column, ...rule }, issue.message, raw(column));
    }
  }
  const incoherent = coherenceError(candidate);
  if (incoherent) problems.push(problemFrom({ row: r.row, column: incoherent.field ?? null }, incoherent));
  // The title and the point go on to the database checks even when the row has other problems, so that
  // its county, provinces and duplicates are reported in the same preview.
  const located = { ...(title ? { title } : {}), ...(location ? { location } : {}) };
  if (problems.length || !checked.success || !location) return { project: null, problems, ...located };
  const { note: _note, ...project } = checked.data;
  return {
    project: {
      ...project,
      source_status: statusWord === 'existing' ? 'existing' : null,
      agency_names: agencyNames,
    },
    problems,
    ...located,
  };
}
