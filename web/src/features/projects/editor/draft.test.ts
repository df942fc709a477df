import { describe, expect, it } from 'vitest';
import type { ProjectFeature } from '../api/types.ts';
import {
  changedFields,
  draftFromProject,
  draftToInput,
  emptyDraft,
  numberText,
  parseLocalNumber,
  rebaseDraft,
} from './draft.ts';

const project = (extra: Record<string, unknown> = {}): ProjectFeature =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [48.4, 36.7] },
    properties: {
      id: 7,
      title_fa: 'مجتمع گلخانه‌ای',
      title_en: null,
      description: null,
      sector: 'agriculture',
      status: 'study',
      source_status: null,
      progress: 10,
      location_precision: 'exact',
      county: 'osm-1',
      county_name_fa: 'ایجرود',
      county_name_en: 'Ijrud',
      province: 'IR-19',
      executing_agency: 'جهاد کشاورزی',
      supporting_agencies: ['بنیاد مسکن', 'فرمانداری'],
      executing_org_id: 3,
      supporting_org_ids: [5, 8],
      investment: '1200.5',
      investment_unit: 'IRR-billion',
      private_share: null,
      expected_jobs: 40,
      start_date: '2024-03-20',
      end_date: null,
      source_document: null,
      source_date: '1403',
      published: false,
      version: 3,
      updated_at: '2025-01-01T00:00:00Z',
      ...extra,
    },
  }) as ProjectFeature;

describe('parseLocalNumber', () => {
  it('reads Latin, Persian and Arabic-Indic digits with their separators', () => {
    expect(parseLocalNumber('1,250.5')).toBe(1250.5);
    expect(parseLocalNumber('۱۲۵۰٫۵')).toBe(1250.5);
    expect(parseLocalNumber('١٬٢٥٠')).toBe(1250);
    expect(parseLocalNumber('  ')).toBeNull();
    expect(parseLocalNumber('12a')).toBeNaN();
    expect(parseLocalNumber('1.2.3')).toBeNaN();
  });
});

describe('numberText', () => {
  it('writes numbers for the form in Persian digits in fa, and reads back the same', () => {
    expect(numberText(48.144917, 'fa')).toBe('۴۸٫۱۴۴۹۱۷');
    expect(numberText('1200.5', 'en')).toBe('1200.5');
    expect(numberText(null, 'fa')).toBe('');
    expect(parseLocalNumber(numberText(36.330784, 'fa'))).toBe(36.330784);
  });
});

describe('draftToInput', () => {
  it('round-trips a project unchanged', () => {
    const p = project();
    const result = draftToInput(draftFromProject(p));
    expect(result.problems).toBeNull();
    expect(result.input).toMatchObject({
      location: { lng: 48.4, lat: 36.7 },
      investment: 1200.5,
      executing_org_id: 3,
      supporting_org_ids: [5, 8],
      source_date: '1403',
    });
  });

  it('names each field that cannot be sent and why', () => {
    const draft = {
      ...emptyDraft('energy'),
      title_fa: '  ',
      progress: '۱۲۰',
      investment: '۵۰۰',
      expected_jobs: '2.5',
      private_share: 'half',
      start_date: '2025-05-01',
      end_date: '2025-04-01',
      source_date: '1403/13/99/1',
    };
    expect(draftToInput(draft).problems).toEqual({
      title_fa: 'required',
      progress: 'range',
      lng: 'locationNeeded',
      lat: 'locationNeeded',
      investment_unit: 'unitNeeded',
      private_share: 'number',
      expected_jobs: 'whole',
      end_date: 'endBeforeStart',
      source_date: 'solarDate',
    });
  });

  it('turns empty text into null and sends the organisations picked', () => {
    const draft = {
      ...emptyDraft('energy'),
      title_fa: 'نیروگاه',
      lng: '۴۸٫۵',
      lat: '36.6',
      supporting_org_ids: [4, 2],
      source_date: '۱۴۰۲/۰۵',
    };
    expect(draftToInput(draft).input).toMatchObject({
      title_en: null,
      location: { lng: 48.5, lat: 36.6 },
      executing_org_id: null,
      supporting_org_ids: [4, 2],
      source_date: '1402-05',
    });
  });
});

describe('changedFields and rebaseDraft', () => {
  it('lists only what the editor changed', () => {
    const base = draftToInput(draftFromProject(project())).input!;
    const edited = draftToInput({ ...draftFromProject(project()), status: 'execution', progress: '۳۰' })
      .input!;
    expect(changedFields(base, edited)).toEqual(['status', 'progress']);
  });

  it('keeps my changes on top of the current project after a conflict', () => {
    const base = project();
    const current = project({ title_en: 'Greenhouse complex', status: 'approved', version: 4 });
    const mine = { ...draftFromProject(base), progress: '25', status: 'execution' as const };
    const rebased = rebaseDraft(mine, base, current);
    expect(rebased.title_en).toBe('Greenhouse complex');
    expect(rebased.progress).toBe('25');
    expect(rebased.status).toBe('execution');
  });
});
