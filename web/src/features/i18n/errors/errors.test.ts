import { type ErrorCode, type ErrorParams, errorCodes, errorParams } from '@tavazon/contract';
import { describe, expect, it } from 'vitest';
import { errorText } from './errorText.ts';

const cell = { row: 12, column: 'lat', value: '35.7' };
const point = { ...cell, lat: 48.5, lng: 36.6 };

// One realistic set of params per code; the compiler asks for a new code's sample here too.
const samples: { [C in ErrorCode]: ErrorParams<C> } = {
  'field.invalid': { field: 'zoom', path: 'zoom', issue: 'too_big', maximum: 22, origin: 'number' },
  'field.unknown': { field: 'statuss', path: 'statuss' },
  'field.requires': { field: 'period', requires: 'indicator' },
  'request.refused': { status: 400 },
  'request.no_route': { method: 'GET', path: '/api/nothing' },
  'body.content_type': { expected: 'application/json' },
  'body.malformed': {},
  'body.not_object': {},
  'request.idempotency_mismatch': {},
  'request.idempotency_in_progress': { retryAfter: 2 },
  'body.too_large': { limitMb: 1 },
  'database.refused': { field: 'progress' },
  'database.duplicate': { field: 'code' },
  'server.unavailable': {},
  'server.internal': {},
  'server.disk_full': {},
  'metrics.forbidden': {},
  'auth.sign_in_required': {},
  'auth.wrong_credentials': {},
  'auth.too_many_attempts': { retryAfter: 600, minutes: 10 },
  'auth.role_required': { roles: ['admin'], role: 'planner' },
  'auth.cross_site': { origin: 'https://evil.example' },
  'auth.csrf': {},
  'auth.wrong_password': {},
  'boundary_set.not_found': { set: 'census-1300' },
  'indicator.read_only': { indicator: 'population' },
  'indicator.not_owner': { indicator: 'health_centres' },
  'indicator.code_taken': { indicator: 'health_centres' },
  'indicator.weight_unknown': { weight: 'unemployment_rate' },
  'province.not_found': { province: 'IR-99', set: 'current' },
  'province.unknown': { provinces: ['IR-98', 'IR-99'] },
  'county.not_found': { county: 'X-1', set: 'current' },
  'indicator.not_found': { indicator: 'nothing' },
  'indicator.no_values': { indicator: 'population', set: 'current', period: '1395' },
  'sector.unknown': { sectors: ['space'] },
  'project.not_found': { id: 1234 },
  'project.end_before_start': { start: '2025-05-01', end: '2024-01-01' },
  'project.status_transition': { from: 'idea', to: 'operational', allowed: ['study'], reason: 'not_allowed' },
  'project.outside_counties': {},
  'project.province_forbidden': { province: 'IR-23', allowed: ['IR-19'] },
  'project.stale': { id: 7, version: 3, since: 2, changed: ['status'] },
  'project.progress_exists': { id: 7, reported_on: '2024-08-02' },
  'user.not_found': { id: 5 },
  'user.username_taken': { username: 'sara' },
  'user.last_admin': { id: 1 },
  'region_scheme.not_found': { id: 3 },
  'region_scheme.national_needs_unlimited': {},
  'region_scheme.stale': { id: 3 },
  'region_scheme.duplicate_region': { code: 'north' },
  'region_scheme.membership': { missing: 2, duplicated: 1, unknown: 0 },
  'region_scheme.other_set': { id: 3, schemeSet: 'census-1395', set: 'current' },
  'region_scheme.other_province': { id: 3, schemeProvince: 'IR-19', province: 'IR-23' },
  'region_scheme.incomplete': { id: 3, count: 4 },
  'analysis.too_few_counties': { measure: 'moran', needed: 4, found: 2 },
  'analysis.constant_values': { indicator: 'population' },
  'analysis.neutral_polarity': { indicator: 'population' },
  'analysis.weight_count': { weights: 2, indicators: 3 },
  'analysis.zero_weights': {},
  'analysis.no_complete_counties': { indicators: ['population', 'area'], period: '1395' },
  'analysis.negative_values': { indicator: 'growth', value: -1.5, county: 'IR-19-01' },
  'analysis.all_zero': { indicator: 'population' },
  'analysis.weight_zero': { weight: 'population', indicator: 'area' },
  'import.unsupported_type': { what: 'notes.txt (text/plain)' },
  'import.form_unreadable': {},
  'import.no_file_field': {},
  'import.empty': {},
  'import.too_large': { limitMb: 10 },
  'import.too_many_rows': { max: 20000 },
  'import.too_many_columns': { max: 200 },
  'import.too_complex': { seconds: 20, heapMb: 512 },
  'server.busy': { retryAfter: 5 },
  'import.record_too_long': { max: 65536, line: 1 },
  'import.not_csv': { line: 3 },
  'import.not_utf8': {},
  'import.not_xlsx': {},
  'import.xlsx_too_large': {},
  'import.not_json': {},
  'import.not_feature_collection': {},
  'import.rejected': { count: 9 },
  'import.missing': { ...cell, column: 'title_fa' },
  'import.unknown_sector': { ...cell, known: ['energy', 'water'] },
  'import.unknown_status': { ...cell, known: ['idea', 'study'] },
  'import.not_number': cell,
  'import.not_date': cell,
  'import.not_solar_hijri': cell,
  'import.not_real_date': cell,
  'import.not_boolean': cell,
  'import.swapped_coordinates': point,
  'import.outside_iran': point,
  'import.outside_counties': point,
  'import.province_forbidden': {
    ...cell,
    county: 'اسلامشهر',
    province: 'IR-23',
    allowed: ['IR-19', 'IR-03'],
  },
  'import.duplicate_row': { ...cell, earlier: 15, county: 'ابهر' },
  'import.in_registry': { ...cell, project: 1234, county: 'ابهر' },
  'import.unknown_column': { ...cell, known: ['title_fa', 'title_en'] },
  'import.required_column': cell,
  'import.no_rows': cell,
  'import.field_count': { ...cell, fields: 12, columns: 9 },
  'import.properties_not_object': cell,
  'import.bad_cell': cell,
  'import.bad_geometry': cell,
  'import.unknown_county': { ...cell, set: 'current', suggestions: ['ابهر', 'اهر'] },
  'import.ambiguous_county': { ...cell, candidates: ['فیروزآباد (فارس)', 'فیروزآباد (لرستان)'] },
  'import.duplicate_period': { ...cell, earlier: 3, county: 'ابهر', period: '1402' },
  'import.percent_range': cell,
  'import.not_period': cell,
  'import.unknown_organisation': { ...cell, name: 'جهاد کشاورزی' },
  'organisation.not_found': { id: 7 },
  'organisation.unknown': { field: 'executing_org_id', ids: [7, 9] },
  'organisation.in_use': { id: 7, projects: [1, 2], decisions: [3], meetings: [], patronages: [4] },
  'organisation.stale': { id: 7 },
  'organisation.national_needs_unlimited': {},
  'patronage.not_found': { id: 7 },
  'meeting.not_found': { id: 7 },
  'meeting.stale': { id: 7 },
  'meeting.too_far_ahead': { held_on: '1406-01-01', latest: '1405-09-11' },
  'decision.not_found': { id: 7 },
  'decision.stale': { id: 7 },
  'decision.duplicate_number': { number: 2 },
  'review.not_a_day': { field: 'deadline', value: '1402/12/30' },
  'review.other_province': { field: 'project_ids', ids: [5], province: 'IR-19' },
  'scenario.not_found': { id: 7 },
  'scenario.stale': { id: 7 },
  'scenario.status': { id: 7, status: 'approved', action: 'edit' },
  'scenario.county_outside': { county: 'osm-6554970', province: 'IR-10', index: 2 },
  'scenario.decide_forbidden': { province: 'IR-10' },
  'scenario.note_required': {},
};

/** The Persian text outside left-to-right isolates (codes kept as written). */
const outsideIsolates = (s: string) => s.replace(/\u2066[^\u2069]*\u2069/g, '');

describe('the error catalogue of the web', () => {
  it('has samples that the contract accepts as params', () => {
    for (const code of errorCodes) {
      expect(errorParams[code].safeParse(samples[code]).success, code).toBe(true);
    }
  });

  it('words every code of the contract in Persian and English', () => {
    expect(errorCodes.length).toBeGreaterThan(50);
    for (const code of errorCodes) {
      const fa = errorText('fa', code, samples[code]);
      const en = errorText('en', code, samples[code]);
      expect(fa, `${code} in fa`).toMatch(/[\u0600-\u06FF]{2}/);
      expect(en, `${code} in en`).toMatch(/[A-Za-z]{2}/);
      // Numbers in Persian digits in fa; Latin digits only inside codes kept as written.
      expect(outsideIsolates(fa ?? ''), `${code} in fa`).not.toMatch(/[0-9]/);
    }
  });

  it('words every kind of failed field rule', () => {
    const issues = ['type', 'too_small', 'too_big', 'one_of', 'format', 'invalid'] as const;
    for (const issue of issues) {
      const p = {
        field: 'progress',
        path: 'progress',
        issue,
        minimum: 0,
        maximum: 100,
        values: ['a'],
        expected: 'date',
      };
      expect(errorText('fa', 'field.invalid', p)).toMatch(/[\u0600-\u06FF]/);
      expect(errorText('en', 'field.invalid', p)).toMatch(/^[A-Z]/);
    }
    expect(
      errorText('fa', 'field.invalid', {
        field: 'progress',
        path: 'progress',
        issue: 'too_big',
        maximum: 100,
        origin: 'number',
      }),
    ).toBe('باید حداکثر ۱۰۰ باشد.');
  });

  it('writes numbers in Persian digits and dates in the Solar Hijri calendar in fa', () => {
    expect(errorText('fa', 'import.duplicate_row', samples['import.duplicate_row'])).toBe(
      'تکراری است: همان عنوانِ ردیف ۱۵ در شهرستان ابهر.',
    );
    expect(errorText('fa', 'import.swapped_coordinates', point)).toContain('(عرض ۴۸٫۵، طول ۳۶٫۶)');
    expect(errorText('fa', 'project.end_before_start', samples['project.end_before_start'])).toBe(
      'تاریخ پایان (۱۱ دی ۱۴۰۲) پیش از تاریخ شروع (۱۱ اردیبهشت ۱۴۰۴) است.',
    );
    expect(errorText('en', 'project.end_before_start', samples['project.end_before_start'])).toBe(
      'The end date (1 January 2024) is before the start date (1 May 2025).',
    );
  });

  it('keeps lists of codes left to right inside a Persian sentence', () => {
    expect(errorText('fa', 'import.unknown_sector', samples['import.unknown_sector'])).toBe(
      'بخش ناشناخته است؛ بخش‌های شناخته‌شده: \u2066energy, water\u2069',
    );
  });

  it('answers null for a code it does not know, so the server’s English is shown instead', () => {
    expect(errorText('fa', 'something.new', {})).toBeNull();
    expect(errorText('fa', undefined, {})).toBeNull();
  });
});
