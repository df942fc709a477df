// The shape of an import file, free of zod: the web names the columns and limits before uploading.

/** The largest upload the server reads; the web refuses a larger file before sending it. */
export const importLimitBytes = 10 * 1024 * 1024;
/**
 * The shape of an upload, checked while it is read and before any work on its rows: bytes alone do not
 * bound the work (a 300 KB workbook can declare millions of rows, a CSV header millions of columns).
 */
export const importLimits = {
  /** Data rows (CSV lines, sheet rows with a value, GeoJSON features). */
  rows: 20_000,
  /** Columns of the header (or GeoJSON properties). */
  columns: 200,
  /** Characters of one CSV record (one line, or several when a quoted field breaks lines). */
  recordChars: 64 * 1024,
  /** Rows of a worksheet including empty ones: a sheet that declares more is not a form's table. */
  sheetRows: 100_000,
  /** What the parts of one workbook may unpack to, together. */
  unpackedBytes: 64 * 2 ** 20,
  /**
   * Nesting of arrays and objects in a GeoJSON file: a point feature needs 5, a polygon's coordinates 7;
   * a file nested far deeper (megabytes of "[[[[…") is refused before it is parsed.
   */
  depth: 32,
} as const;

/** Extensions the server recognises in a multipart upload. */
export const importExtensions = ['csv', 'geojson', 'json', 'xlsx', 'zip'] as const;

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
