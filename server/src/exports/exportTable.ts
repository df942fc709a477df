import { internalProperties, publicProperties } from '../queries/projectFeatures.ts';

export type Cell = string | number | boolean | null;

interface Feature {
  geometry: { coordinates: [number, number] };
  properties: Record<string, unknown>;
}

/**
 * The projects of a FeatureCollection as a table for CSV and XLSX: the import's column names (so an
 * export can be corrected and imported back), lat/lng from the point. The columns follow the audience:
 * the internal ones appear only when the features carry them, which only signed-in users' do.
 */
export function exportTable(collection: { features: Feature[] }, internal: boolean): Cell[][] {
  const [id, ...rest] = publicProperties;
  const columns = [
    id,
    ...rest.slice(0, 7),
    'lat',
    'lng',
    ...rest.slice(7),
    ...(internal ? internalProperties : []),
  ];
  const rows = collection.features.map((f) =>
    columns.map((c): Cell => {
      if (c === 'lng') return f.geometry.coordinates[0];
      if (c === 'lat') return f.geometry.coordinates[1];
      const v = f.properties[c];
      if (Array.isArray(v)) return v.join('; ');
      if (v === undefined || v === null) return null;
      return typeof v === 'object' ? JSON.stringify(v) : (v as Cell);
    }),
  );
  return [columns, ...rows];
}
