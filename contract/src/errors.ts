import { z } from 'zod';
import type { ErrorCode } from './errorCodes.ts';
import { fieldIssue } from './fieldIssue.ts';

// The catalogue of error codes: every error the API answers carries one, with the `params` its words
// need. The server's HttpError takes a code of this list (typed params); the web words each code in
// Persian and English (web/src/features/i18n/errors), and a test walks this list to check it does.
// A new error: add its code here, then the compiler asks for its words in both web catalogues.

const none = z.object({});
const str = z.string();
const num = z.number();
const list = z.array(z.string());

/** Where an import problem is: the row (CSV line, sheet row or feature number) and the column. */
const cell = {
  row: num,
  /** null for a problem of the whole row or file. */
  column: z.string().nullable(),
  /** The offending value as found in the file (shortened). */
  value: z.string().optional(),
};
const point = { ...cell, lat: num, lng: num };

export const errorParams = {
  // A field of the request (or of an import row) fails its rule.
  'field.invalid': fieldIssue,
  'field.unknown': z.object({ field: str, path: str }),
  /** A field that means nothing without another (`period` without `indicator`). */
  'field.requires': z.object({ field: str, requires: str }),

  'request.refused': z.object({ status: num }),
  'request.no_route': z.object({ method: str, path: str }),
  /** The Idempotency-Key was already used for another request (422). */
  'request.idempotency_mismatch': none,
  /** The first request with this Idempotency-Key is still being answered (409, Retry-After). */
  'request.idempotency_in_progress': z.object({ retryAfter: num }),
  'body.content_type': z.object({ expected: str }),
  'body.malformed': none,
  'body.not_object': none,
  'body.too_large': z.object({ limitMb: num }),
  'database.refused': z.object({ field: str }),
  'database.duplicate': z.object({ field: str }),
  'server.unavailable': none,
  /** The pool of worker threads for heavy requests is full (503, Retry-After). */
  'server.busy': z.object({ retryAfter: num }),
  'server.disk_full': none,
  'metrics.forbidden': none,
  'server.internal': none,

  'auth.sign_in_required': none,
  'auth.wrong_credentials': none,
  'auth.too_many_attempts': z.object({ retryAfter: num, minutes: num }),
  'auth.role_required': z.object({ roles: list, role: str }),
  'auth.cross_site': z.object({ origin: str.nullable() }),
  'auth.csrf': none,
  'auth.wrong_password': none,

  'boundary_set.not_found': z.object({ set: str }),
  'province.not_found': z.object({ province: str, set: str }),
  'province.unknown': z.object({ provinces: list }),
  'county.not_found': z.object({ county: str, set: str }),
  'indicator.not_found': z.object({ indicator: str }),
  'indicator.no_values': z.object({ indicator: str, set: str, period: str.nullable() }),
  /** A census indicator: loaded from the census, never edited through the API. */
  'indicator.read_only': z.object({ indicator: str }),
  /** Someone else's indicator: only its author or an admin may change it. */
  'indicator.not_owner': z.object({ indicator: str }),
  'indicator.code_taken': z.object({ indicator: str }),
  /** A weight must be a count (aggregated by sum) among the census indicators. */
  'indicator.weight_unknown': z.object({ weight: str }),
  'sector.unknown': z.object({ sectors: list }),

  'project.not_found': z.object({ id: num }),
  'project.end_before_start': z.object({ start: str, end: str }),
  'project.status_transition': z.object({
    from: str,
    to: str,
    allowed: list,
    reason: z.enum(['reopen_needs_admin', 'final', 'not_allowed']),
  }),
  'project.outside_counties': none,
  'project.province_forbidden': z.object({ province: str, allowed: list }),
  'project.stale': z.object({ id: num, version: num, since: num, changed: list }),
  'project.progress_exists': z.object({ id: num, reported_on: str }),

  'user.not_found': z.object({ id: num }),
  'user.username_taken': z.object({ username: str }),
  'user.last_admin': z.object({ id: num }),

  'region_scheme.not_found': z.object({ id: num }),
  'region_scheme.national_needs_unlimited': none,
  'region_scheme.stale': z.object({ id: num }),
  'region_scheme.duplicate_region': z.object({ code: str }),
  'region_scheme.membership': z.object({ missing: num, duplicated: num, unknown: num }),
  'region_scheme.other_set': z.object({ id: num, schemeSet: str, set: str }),
  'region_scheme.other_province': z.object({ id: num, schemeProvince: str, province: str }),
  'region_scheme.incomplete': z.object({ id: num, count: num }),

  'analysis.too_few_counties': z.object({ measure: z.enum(['moran', 'composite']), needed: num, found: num }),
  'analysis.constant_values': z.object({ indicator: str }),
  'analysis.neutral_polarity': z.object({ indicator: str }),
  'analysis.weight_count': z.object({ weights: num, indicators: num }),
  'analysis.zero_weights': none,
  'analysis.no_complete_counties': z.object({ indicators: list, period: str }),
  'analysis.negative_values': z.object({ indicator: str, value: num, county: str }),
  'analysis.all_zero': z.object({ indicator: str }),
  'analysis.weight_zero': z.object({ weight: str, indicator: str }),

  // Refusals of a whole import request.
  'import.unsupported_type': z.object({ what: str }),
  'import.form_unreadable': none,
  'import.no_file_field': none,
  'import.empty': none,
  'import.too_large': z.object({ limitMb: num }),
  'import.too_many_rows': z.object({ max: num }),
  /** Reading the file took more than its time budget or its worker's heap. */
  'import.too_complex': z.object({ seconds: num, heapMb: num }),
  'import.too_many_columns': z.object({ max: num }),
  /** A CSV record (line) longer than `max` characters, at `line`. */
  'import.record_too_long': z.object({ max: num, line: num }),
  /** A CSV the parser cannot read (an unclosed quote), at `line`. */
  'import.not_csv': z.object({ line: num }),
  'import.not_utf8': none,
  'import.not_xlsx': none,
  /** A workbook that unpacks to too much, or has too many parts (a zip bomb, or not a spreadsheet). */
  'import.xlsx_too_large': none,
  'import.not_json': none,
  'import.not_feature_collection': none,
  'import.rejected': z.object({ count: num }),

  // Problems of one row or column of an import file (the report's `problems`).
  'import.missing': z.object(cell),
  'import.unknown_sector': z.object({ ...cell, known: list }),
  'import.unknown_status': z.object({ ...cell, known: list }),
  'import.not_number': z.object(cell),
  'import.not_date': z.object(cell),
  'import.not_solar_hijri': z.object(cell),
  'import.not_real_date': z.object(cell),
  'import.not_boolean': z.object(cell),
  'import.swapped_coordinates': z.object(point),
  'import.outside_iran': z.object(point),
  'import.outside_counties': z.object(point),
  'import.province_forbidden': z.object({ ...cell, county: str, province: str, allowed: list }),
  'import.duplicate_row': z.object({ ...cell, earlier: num, county: str }),
  'import.in_registry': z.object({ ...cell, project: num, county: str }),
  'import.unknown_column': z.object({ ...cell, known: list }),
  'import.required_column': z.object(cell),
  'import.no_rows': z.object(cell),
  'import.field_count': z.object({ ...cell, fields: num, columns: num }),
  'import.properties_not_object': z.object(cell),
  'import.bad_cell': z.object(cell),
  'import.bad_geometry': z.object(cell),
  /** A county name or code of no county of the set; `suggestions` are the closest names. */
  'import.unknown_county': z.object({ ...cell, set: str, suggestions: list }),
  /** A name that several counties of the set bear (in different provinces); use the code. */
  'import.ambiguous_county': z.object({ ...cell, candidates: list }),
  'import.duplicate_period': z.object({ ...cell, earlier: num, county: str, period: str }),
  'import.percent_range': z.object(cell),
  'import.not_period': z.object(cell),
  /** An agency name that no organisation bears (they are picked from GET /api/organisations). */
  'import.unknown_organisation': z.object({ ...cell, name: str }),

  'organisation.not_found': z.object({ id: num }),
  /** Ids named in a body that are no organisation's (or project's, or county's: `what`). */
  'organisation.unknown': z.object({ field: str, ids: z.array(z.union([num, str])) }),
  /** 409: deleting an organisation that projects, decisions, meetings or patronages still name. */
  'organisation.in_use': z.object({
    id: num,
    projects: z.array(num),
    decisions: z.array(num),
    meetings: z.array(num),
    patronages: z.array(num),
  }),
  'organisation.stale': z.object({ id: num }),
  'organisation.national_needs_unlimited': none,
  'patronage.not_found': z.object({ id: num }),
  'meeting.not_found': z.object({ id: num }),
  'meeting.stale': z.object({ id: num }),
  /** A meeting may be recorded ahead (a planned one), but not more than a year ahead. */
  'meeting.too_far_ahead': z.object({ held_on: str, latest: str }),
  'decision.not_found': z.object({ id: num }),
  'decision.stale': z.object({ id: num }),
  'decision.duplicate_number': z.object({ number: num }),
  /** Shaped like a Solar Hijri day, but no such day (1402/12/30). */
  'review.not_a_day': z.object({ field: str, value: str }),
  /** A project or county named for a meeting of another province. */
  'review.other_province': z.object({ field: str, ids: z.array(z.union([num, str])), province: str }),

  // Scenarios of new driver projects (officials' workspace).
  'scenario.not_found': z.object({ id: num }),
  /** The scenario changed since the `updated_at` the request is based on (409, `current` beside). */
  'scenario.stale': z.object({ id: num }),
  /** The step or edit is not possible in the scenario's status (409). */
  'scenario.status': z.object({
    id: num,
    status: z.enum(['draft', 'submitted', 'approved', 'returned']),
    action: z.enum(['edit', 'submit', 'approve', 'return']),
  }),
  /** A proposed project's county is not one of the scenario's province (400 naming `projects`). */
  'scenario.county_outside': z.object({ county: str, province: str, index: num }),
  /** Only an admin, or an approver of the scenario's province, approves or returns it (403). */
  'scenario.decide_forbidden': z.object({ province: str }),
  /** Returning a scenario needs a note saying why (400 naming `note`). */
  'scenario.note_required': none,
} as const satisfies Record<ErrorCode, z.ZodType>;

export type ErrorParams<C extends ErrorCode = ErrorCode> = z.input<(typeof errorParams)[C]>;

/** A code with its params, typed together: `{ code: 'auth.csrf', params: {} }`. */
export type CodedError = { [C in ErrorCode]: { code: C; params: ErrorParams<C> } }[ErrorCode];

/** `{ "error": { … } }` of every 4xx and 5xx answer; some answers add members beside `error`. */
export const errorBody = z.object({
  error: z.object({
    status: num,
    code: z.string(),
    params: z.record(z.string(), z.unknown()),
    /** English, for API clients and logs; the web words the code instead. */
    message: str,
    /** The request field (or header) to blame, when there is one. */
    field: str.optional(),
    /** The request's id (also its X-Request-Id header), to find it in the server's log. */
    request_id: str.optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;
