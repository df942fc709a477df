// The shape of an import file, free of zod: the web names the columns and limits before uploading.

/** The largest upload the server reads; the web refuses a larger file before sending it. */
export const importLimitBytes = 10 * 1024 * 1024;
/** Extensions the server recognises in a multipart upload. */
export const importExtensions = ['csv', 'geojson', 'json', 'xlsx'] as const;

/** The columns of an import file: the export's names, so an exported file can be corrected and re-imported. */
export const importColumns = [
  'title_fa',
  'title_en',
  'description',
  'sector',
  'status',
  'progress',
  'lat',
  'lng',
  'location_precision',
  'executing_agency',
  'supporting_agencies',
  'investment',
  'investment_unit',
  'private_share',
  'expected_jobs',
  'start_date',
  'end_date',
  'source_document',
  'source_date',
  'published',
] as const;
export type ImportColumn = (typeof importColumns)[number];
export const requiredColumns: readonly ImportColumn[] = ['title_fa', 'sector', 'status', 'lat', 'lng'];
