import type { ErrorParams } from '@tavazon/contract';
import type { ErrorWords, Wording } from './wording.ts';

const expected: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  date: 'a real date (YYYY-MM-DD, between 1900 and 2199)',
  solar_date: 'a Solar Hijri date such as 1402, 1402-05 or 1402-05-12',
  boundary_set: 'a boundary set code such as current',
  province: 'a province code such as IR-10',
  county: 'a county code',
  indicator: 'an indicator code',
  period: 'a period such as 1395',
  sector: 'a sector code such as energy',
  region_code: 'a code of lower-case letters, digits and hyphens',
  username: '2–40 letters a–z, digits, dot, dash or underscore',
  plain_text: 'text without control characters',
  solar_day: 'a Solar Hijri day such as 1398/07/28',
  solar_month: 'a Solar Hijri month such as 1398-07',
};

/** The rule a value broke, without the field's name (a form shows it under the field). */
export function issueEn(p: ErrorParams<'field.invalid'>, w: Wording): string {
  const what = p.origin === 'string' ? ' characters' : p.origin === 'array' ? ' items' : '';
  switch (p.issue) {
    case 'type':
      return `Must be ${expected[p.expected ?? ''] ?? 'of another type'}.`;
    case 'too_small':
      if (p.origin === 'string' && p.minimum === 1) return 'Must not be empty.';
      return `Must be at least ${w.num(p.minimum ?? 0)}${what}.`;
    case 'too_big':
      if (p.origin === 'number' && (p.maximum ?? 0) >= 1e15) return 'Too large.';
      return `Must be at most ${w.num(p.maximum ?? 0)}${what}.`;
    case 'one_of':
      return `Must be one of ${w.code(p.values ?? [])}.`;
    case 'format':
      return p.expected && expected[p.expected]
        ? `Must be ${expected[p.expected]}.`
        : 'Not in the right form.';
    default:
      return 'Not a valid value.';
  }
}

export const errorsEn: ErrorWords = {
  // Without the field's name: a form shows it under its field, a table in its column.
  'field.invalid': (p, w) => issueEn(p, w),
  'field.unknown': (p, w) => `${w.code(p.path)} is not a field of this request.`,
  'field.requires': (p, w) => `${w.code(p.field)} needs ${w.code(p.requires)} as well.`,
  'request.refused': (p, w) => `The server refused the request (${w.num(p.status)}).`,
  'request.no_route': (p, w) => `The server has no ${w.code(`${p.method} ${p.path}`)}.`,
  'body.content_type': () => 'The request must be sent as JSON.',
  'body.malformed': () => 'The request is not valid JSON.',
  'body.not_object': () => 'The request must be a JSON object.',
  'request.idempotency_mismatch': () =>
    'This submission was already used for another request; please submit again.',
  'request.idempotency_in_progress': (p, w) =>
    `The same submission is still being saved; try again in ${w.num(p.retryAfter)} seconds.`,
  'body.too_large': (p, w) => `The request is larger than ${w.num(p.limitMb)} MB.`,
  'database.refused': (p, w) => `The database refused the value of ${w.code(p.field)}.`,
  'database.duplicate': (p, w) => `This ${w.code(p.field)} already exists.`,
  'server.busy': (p, w) =>
    `The server is busy with other large requests; try again in ${w.num(p.retryAfter)} seconds.`,
  'server.unavailable': () => 'The database is unavailable; try again shortly.',
  'server.internal': () => 'Something went wrong on the server.',
  'metrics.forbidden': () =>
    'Server metrics can be read only on the server itself or with the metrics token.',
  'server.disk_full': () => "The database's disk is full: nothing was saved. Tell the operator.",

  'auth.sign_in_required': () => 'Sign in first.',
  'auth.wrong_credentials': () => 'The username or password is wrong.',
  'auth.too_many_attempts': (p, w) => `Too many failed sign-ins; try again in ${w.num(p.minutes)} minutes.`,
  'auth.role_required': () => 'Your account may not do this.',
  'auth.cross_site': () => 'A request from another site may not change anything.',
  'auth.csrf': () => 'Your session has changed; reload the page.',
  'auth.wrong_password': () => 'The current password is wrong.',

  'boundary_set.not_found': (p, w) => `There is no boundary set ${w.code(p.set)}.`,
  'province.not_found': (p, w) => `There is no province ${w.code(p.province)}.`,
  'province.unknown': (p, w) => `Unknown provinces: ${w.code(p.provinces)}.`,
  'county.not_found': (p, w) => `There is no county ${w.code(p.county)} in this boundary set.`,
  'indicator.not_found': (p, w) => `There is no indicator ${w.code(p.indicator)}.`,
  'indicator.no_values': (p, w) =>
    p.period
      ? `The indicator ${w.code(p.indicator)} has no values for ${w.digits(p.period)} on these boundaries.`
      : `The indicator ${w.code(p.indicator)} has no values on these boundaries.`,
  'indicator.read_only': (p, w) => `${w.code(p.indicator)} is a census indicator and cannot be edited.`,
  'indicator.not_owner': (p, w) =>
    `Someone else made ${w.code(p.indicator)}; only its author or an admin may change it.`,
  'indicator.code_taken': (p, w) => `An indicator with the code ${w.code(p.indicator)} already exists.`,
  'indicator.weight_unknown': (p, w) =>
    `The weight ${w.code(p.weight)} is not a census count (such as population).`,
  'sector.unknown': (p, w) => `Unknown sector: ${w.code(p.sectors)}.`,

  'project.not_found': (p, w) => `Project ${w.num(p.id)} was not found.`,
  'project.end_before_start': (p, w) =>
    `The end date (${w.date(p.end)}) is before the start date (${w.date(p.start)}).`,
  'project.status_transition': (p, w) =>
    p.reason === 'reopen_needs_admin'
      ? 'Only an administrator can reopen a cancelled project.'
      : p.reason === 'final'
        ? `The status ${w.code(p.from)} is final.`
        : `The status cannot go from ${w.code(p.from)} to ${w.code(p.to)}.`,
  'project.outside_counties': () => 'The location is outside every county of Iran.',
  'project.province_forbidden': (p, w) =>
    p.allowed.length
      ? `This is in ${w.code(p.province)}; you may edit projects in ${w.code(p.allowed)} only.`
      : `This is in ${w.code(p.province)}; you may not edit projects in any province.`,
  'project.stale': () => 'Someone else changed this project meanwhile.',
  'project.progress_exists': (p, w) => `There is already a report for ${w.date(p.reported_on)}.`,

  'user.not_found': (p, w) => `User ${w.num(p.id)} was not found.`,
  'user.username_taken': (p, w) => `The username ${w.code(p.username)} is taken.`,
  'user.last_admin': () => 'This is the last active administrator.',

  'region_scheme.not_found': (p, w) => `Region scheme ${w.num(p.id)} was not found.`,
  'region_scheme.national_needs_unlimited': () =>
    'A national scheme needs an editor without a province limit.',
  'region_scheme.stale': () => 'Someone else changed this scheme meanwhile; reload it.',
  'region_scheme.duplicate_region': (p, w) => `The region code ${w.code(p.code)} is used twice.`,
  'region_scheme.membership': () => 'Every county must be in exactly one region.',
  'region_scheme.other_set': (p, w) => `The region scheme is on the boundary set ${w.code(p.schemeSet)}.`,
  'region_scheme.other_province': (p, w) => `The region scheme covers ${w.code(p.schemeProvince)} only.`,
  'region_scheme.incomplete': (p, w) =>
    `The region scheme leaves ${w.num(p.count)} counties of the scope out.`,

  'analysis.too_few_counties': (p, w) =>
    p.measure === 'moran'
      ? `Moran's I needs at least ${w.num(p.needed)} counties with a value and a neighbour; there are ${w.num(p.found)}.`
      : `A composite index needs at least ${w.num(p.needed)} counties with every indicator; there are ${w.num(p.found)}.`,
  'analysis.constant_values': (p, w) =>
    `${w.code(p.indicator)} has the same value in every county, so there is no pattern to measure.`,
  'analysis.neutral_polarity': (p, w) =>
    `${w.code(p.indicator)} has no direction (more is neither better nor worse); choose one or leave it out.`,
  'analysis.weight_count': (p, w) =>
    `${w.num(p.weights)} weights were given for ${w.num(p.indicators)} indicators.`,
  'analysis.zero_weights': () => 'The weights must not all be zero.',
  'analysis.no_complete_counties': (p, w) =>
    `No county in scope has ${w.code(p.indicators)} for ${w.digits(p.period)}.`,
  'analysis.negative_values': (p, w) =>
    `Inequality measures need values of 0 or more, but ${w.code(p.indicator)} is ${w.num(p.value)} in ${w.code(p.county)}.`,
  'analysis.all_zero': (p, w) => `${w.code(p.indicator)} is 0 in every county of the scope.`,
  'analysis.weight_zero': (p, w) =>
    `${w.code(p.weight)} is 0 in every county where ${w.code(p.indicator)} is not.`,

  'import.unsupported_type': (p) => `This kind of file cannot be imported (${p.what}).`,
  'import.form_unreadable': () => 'The upload could not be read.',
  'import.no_file_field': () => 'The upload has no file.',
  'import.empty': () => 'The file is empty.',
  'import.too_large': (p, w) =>
    `The file is larger than ${w.num(p.limitMb)} MB; split it into several files.`,
  'import.too_many_rows': (p, w) =>
    `The file has more than ${w.num(p.max)} rows; split it into several files.`,
  'import.too_complex': (p, w) =>
    `The file takes more than ${w.num(p.seconds)} seconds or ${w.num(p.heapMb)} MB to read; split it into several files.`,
  'import.too_many_columns': (p, w) => `The file has more than ${w.num(p.max)} columns.`,
  'import.record_too_long': (p, w) =>
    `Line ${w.num(p.line)} is longer than ${w.num(p.max)} characters; is this a CSV file?`,
  'import.not_csv': (p, w) =>
    `The file is not readable CSV: a quote opened near line ${w.num(p.line)} is never closed.`,
  'import.not_utf8': () => 'The file is not UTF-8 text; save it as “CSV UTF-8”.',
  'import.not_xlsx': () => 'The file is not a readable XLSX workbook.',
  'import.xlsx_too_large': () => 'The workbook unpacks to too much data; split it into several files.',
  'import.not_json': () => 'The file is not valid JSON (GeoJSON).',
  'import.not_feature_collection': () => 'The file must be a GeoJSON FeatureCollection.',
  'import.rejected': (p, w) => `${w.num(p.count)} problems found; nothing was imported.`,

  'import.missing': (p) =>
    p.column === 'title_fa' ? 'No Persian title: every project needs one.' : 'Empty.',
  'import.unknown_sector': (p, w) => `Unknown sector; the sectors are ${w.code(p.known)}`,
  'import.unknown_status': (p, w) => `Unknown status; the statuses are ${w.code(p.known)}`,
  'import.not_number': () => 'Not a number.',
  'import.not_date': () => 'Not a date: write 2023-08-03, or a Solar Hijri date such as 1402/05/12.',
  'import.not_solar_hijri': () => 'Not a real Solar Hijri date.',
  'import.not_real_date': () => 'Not a real date between 1900 and 2199.',
  'import.not_boolean': () => 'Must be yes or no (true/false, بله/خیر).',
  'import.swapped_coordinates': (p, w) =>
    `Latitude and longitude look swapped: (lat ${w.num(p.lat)}, lng ${w.num(p.lng)}) is outside Iran, but swapped it is inside; swap the two columns.`,
  'import.outside_iran': (p, w) =>
    `The coordinates (lat ${w.num(p.lat)}, lng ${w.num(p.lng)}) are outside Iran.`,
  'import.outside_counties': (p, w) =>
    `The location (lat ${w.num(p.lat)}, lng ${w.num(p.lng)}) is outside every county of Iran.`,
  'import.province_forbidden': (p, w) =>
    p.allowed.length
      ? `The location is in ${p.county} county (${w.code(p.province)}); you may add projects in ${w.code(p.allowed)} only.`
      : `The location is in ${p.county} county (${w.code(p.province)}), and you may not add projects in any province.`,
  'import.duplicate_row': (p, w) =>
    `Duplicate: the same title as row ${w.num(p.earlier)}, in ${p.county} county.`,
  'import.in_registry': (p, w) =>
    `Already in the registry as project ${w.num(p.project)} (the same title in ${p.county} county).`,
  'import.unknown_column': (p, w) => `Unknown column; the columns are ${w.code(p.known)}`,
  'import.required_column': () => 'This required column is missing.',
  'import.no_rows': () => 'The file has no rows.',
  'import.field_count': (p, w) => `${w.num(p.fields)} fields, but the file has ${w.num(p.columns)} columns.`,
  'import.properties_not_object': () => "The feature's properties must be an object.",
  'import.bad_cell': () => 'Must be text, a number, true/false or a list of names.',
  'import.bad_geometry': () => 'The geometry must be a Point with [longitude, latitude].',
  'import.unknown_county': (p) =>
    p.suggestions.length
      ? `No such county in these boundaries; the closest names: ${p.suggestions.join(', ')}.`
      : 'No such county in these boundaries.',
  'import.ambiguous_county': (p) =>
    `Several counties bear this name (${p.candidates.join(', ')}); write the county code.`,
  'import.duplicate_period': (p, w) =>
    `Duplicate: the same county (${p.county}) and period (${w.digits(p.period)}) as row ${w.num(p.earlier)}.`,
  'import.percent_range': () => 'A percentage must be from 0 to 100.',
  'import.not_period': () =>
    'The period must be a year (such as 1402) or a Solar Hijri year-month (such as 1402-07).',
  'import.unknown_organisation': (p) =>
    `No organisation is named "${p.name}"; add it to the organisations first.`,
  'organisation.not_found': (p) => `Organisation ${p.id} not found.`,
  'organisation.unknown': (p) => `These ids are not in the list: ${p.ids.join(', ')}.`,
  'organisation.in_use': (p) =>
    `This organisation is in use and cannot be deleted: ${[
      p.projects.length ? `${p.projects.length} project(s)` : '',
      p.decisions.length ? `${p.decisions.length} decision(s)` : '',
      p.meetings.length ? `${p.meetings.length} meeting(s)` : '',
      p.patronages.length ? `${p.patronages.length} patronage(s)` : '',
    ]
      .filter(Boolean)
      .join(', ')}.`,
  'organisation.stale': () => 'Someone else changed this organisation meanwhile; reload it.',
  'organisation.national_needs_unlimited': () =>
    'A national organisation (no province) needs an editor without a province limit.',
  'patronage.not_found': (p) => `Patronage ${p.id} not found.`,
  'meeting.not_found': (p) => `Meeting ${p.id} not found.`,
  'meeting.stale': () => 'Someone else changed this meeting meanwhile; reload it.',
  'meeting.too_far_ahead': (p) =>
    `The meeting's day (${p.held_on}) is more than a year ahead; the latest allowed is ${p.latest}.`,
  'decision.not_found': (p) => `Decision ${p.id} not found.`,
  'decision.stale': () => 'Someone else changed this decision meanwhile; reload it.',
  'decision.duplicate_number': (p) => `Number ${p.number} is used twice in this meeting.`,
  'review.not_a_day': (p) => `No such day in the calendar: ${p.value}.`,
  'review.other_province': (p) => `These are not in the meeting's province (${p.province}).`,
  // The officials' workspace (issue 10).
  'scenario.not_found': (p, w) => `Scenario ${w.num(p.id)} was not found.`,
  'scenario.stale': () => 'Someone else changed this scenario meanwhile; reload it.',
  'scenario.status': (p) => `This is not possible while the scenario is ${p.status}.`,
  'scenario.county_outside': (p, w) =>
    `County ${w.code(p.county)} (row ${w.num(p.index + 1)}) is not in the scenario's province ${w.code(p.province)}.`,
  'scenario.decide_forbidden': (p, w) =>
    `Only an admin or an approver of ${w.code(p.province)} may approve or return its scenarios.`,
  'scenario.note_required': () => 'Returning a scenario needs a note saying why.',
};
