import { internalProperties, publicProperties } from '../queries/projectFeatures.ts';

export type Cell = string | number | boolean | null;

interface Feature {
  geometry: { coordinates: [number, number] };
  properties: Record<string, unknown>;
}

/**
 * The export's columns: the import's column names (so an export can be corrected and imported back),
 * lat/lng from the point. The internal ones appear only for signed-in users.
 */
export function exportColumns(internal: boolean): string[] {
  const [id, ...rest] = publicProperties;
  return [id, ...rest.slice(0, 7), 'lat', 'lng', ...rest.slice(7), ...(internal ? internalProperties : [])];
}

/** One project as a row of exportColumns. */
export function exportRow(f: Feature, internal: boolean): Cell[] {
  return exportColumns(internal).map((c): Cell => {
    if (c === 'lng') return f.geometry.coordinates[0];
    if (c === 'lat') return f.geometry.coordinates[1];
    const v = f.properties[c];
    if (Array.isArray(v)) return v.join('; ');
    if (v === undefined || v === null) return null;
    return typeof v === 'object' ? JSON.stringify(v) : (v as Cell);
  });
}

/** The projects of a FeatureCollection as a table for XLSX (and CSV), header first. */
export function exportTable(collection: { features: Feature[] }, internal: boolean): Cell[][] {
  return [exportColumns(internal), ...collection.features.map((f) => exportRow(f, internal))];
}
