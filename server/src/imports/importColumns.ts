import { type ImportColumn, importColumns } from '@tavazon/contract';

// The columns of an import file: the same names as the export (docs/api.md), so an exported file can
// be corrected and imported back. Derived columns of the export are accepted and ignored.

export { type ImportColumn, importColumns, requiredColumns } from '@tavazon/contract';

const ignored = new Set([
  'id',
  'county',
  'county_name_fa',
  'county_name_en',
  'province',
  'source_status',
  'updated_at',
  'version',
  'archived',
  'status_before',
  'created_at',
  'created_by',
  'updated_by',
  // The organisations' ids: a file names its agencies, which the import looks up by name.
  'executing_org_id',
  'supporting_org_ids',
]);

const aliases: Record<string, ImportColumn> = { latitude: 'lat', longitude: 'lng', lon: 'lng', long: 'lng' };

/** A header cell as a column name: lower case, spaces as underscores, aliases resolved. */
export function columnName(header: string): string {
  const name = header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '_');
  return aliases[name] ?? name;
}

export const isImportColumn = (name: string): name is ImportColumn =>
  (importColumns as readonly string[]).includes(name);
export const isIgnoredColumn = (name: string) => ignored.has(name);
