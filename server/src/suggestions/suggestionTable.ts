import type { QueuedSuggestion } from '@tavazon/contract';
import type { Cell } from '../exports/exportTable.ts';

export const suggestionColumns = [
  'id',
  'status',
  'set',
  'county',
  'county_name_fa',
  'county_name_en',
  'province',
  'project',
  'project_title_fa',
  'body',
  'name',
  'reply',
  'created_at',
  'lat',
  'lng',
] as const;

/** Suggestions as a table for CSV and XLSX (the planning meeting's list), one row each. */
export function suggestionTable(rows: readonly QueuedSuggestion[]): Cell[][] {
  return [
    [...suggestionColumns],
    ...rows.map((s) => [
      s.id,
      s.status,
      s.set,
      s.county.code,
      s.county.name_fa,
      s.county.name_en,
      s.province.code,
      s.project?.id ?? null,
      s.project?.title_fa ?? null,
      s.body,
      s.name,
      s.reply,
      new Date(s.created_at).toISOString(),
      s.location?.lat ?? null,
      s.location?.lng ?? null,
    ]),
  ];
}

/** The same rows as a GeoJSON FeatureCollection; a suggestion without a point has a null geometry. */
export function suggestionCollection(rows: readonly QueuedSuggestion[]) {
  return {
    type: 'FeatureCollection',
    features: rows.map(({ location, steps: _steps, ...s }) => ({
      type: 'Feature',
      id: s.id,
      geometry: location ? { type: 'Point', coordinates: [location.lng, location.lat] } : null,
      properties: {
        ...s,
        county: s.county.code,
        county_name_fa: s.county.name_fa,
        county_name_en: s.county.name_en,
        province: s.province.code,
        project: s.project?.id ?? null,
        project_title_fa: s.project?.title_fa ?? null,
      },
    })),
  };
}
