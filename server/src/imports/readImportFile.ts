import { importLimits } from '@tavazon/contract';
import { badRequest, HttpError } from '../errors.ts';
import { type CellValue, readXlsx } from '../xlsx/readXlsx.ts';
import { ZipError } from '../zip/zip.ts';
import { columnName } from './importColumns.ts';
import { nestsDeeperThan } from './jsonDepth.ts';
import { problem, type RowProblem } from './problem.ts';
import { readCsv } from './readCsv.ts';

export type ImportFormat = 'csv' | 'geojson' | 'xlsx' | 'shp';

export interface ImportRow {
  /** What the row report calls the row: the line (CSV), the sheet row (XLSX) or the feature number (GeoJSON). */
  row: number;
  values: Map<string, CellValue | CellValue[]>;
  /** The location was already reported as unusable (a GeoJSON feature without a point). */
  locationReported?: boolean;
}

export interface ImportFile {
  format: ImportFormat;
  /** Column names as found in the header (or the GeoJSON properties), normalised. */
  columns: string[];
  /** The row of the header, for problems about columns (0 for GeoJSON, which has none). */
  headerRow: number;
  rows: ImportRow[];
  /** Problems with the shape of a row (a CSV line with too many fields, a feature without a point). */
  problems: RowProblem[];
}

export const maxRows = importLimits.rows;

const tooMany = () =>
  new HttpError(
    413,
    'import.too_many_rows',
    { max: maxRows },
    `file: more than ${maxRows} rows; split it into several imports`,
    { field: 'file' },
  );

/** The rows of an uploaded CSV (UTF-8), GeoJSON FeatureCollection or XLSX workbook (shp: readShapefileZip). */
export async function readImportFile(
  format: Exclude<ImportFormat, 'shp'>,
  bytes: Buffer,
): Promise<ImportFile> {
  if (format === 'xlsx') return readXlsxFile(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badRequest(
      'import.not_utf8',
      {},
      'file: is not UTF-8 text; save it as UTF-8 (in Excel: "CSV UTF-8")',
      'file',
    );
  }
  return format === 'csv' ? readCsvFile(text) : readGeojsonFile(text);
}

function readCsvFile(text: string): ImportFile {
  const csv = readCsv(text);
  const columns = csv.header.map(columnName);
  const problems: ImportFile['problems'] = [];
  const rows: ImportRow[] = [];
  for (const r of csv.rows) {
    if (r.fields.length > columns.length) {
      problems.push(
        problem(
          { row: r.line, column: null },
          'import.field_count',
          { fields: r.fields.length, columns: columns.length },
          `${r.fields.length} fields for ${columns.length} columns`,
        ),
      );
      continue;
    }
    const values = new Map<string, CellValue>();
    r.fields.forEach((f, i) => {
      if (f.trim() !== '') values.set(columns[i]!, f);
    });
    rows.push({ row: r.line, values });
  }
  return { format: 'csv', columns, headerRow: 1, rows, problems };
}

async function readXlsxFile(bytes: Buffer): Promise<ImportFile> {
  let sheet: Awaited<ReturnType<typeof readXlsx>>;
  try {
    sheet = await readXlsx(bytes, importLimits);
  } catch (err) {
    if (err instanceof ZipError && err.tooLarge)
      throw new HttpError(413, 'import.xlsx_too_large', {}, `file: ${err.message}`, { field: 'file' });
    if (err instanceof ZipError) throw badRequest('import.not_xlsx', {}, `file: ${err.message}`, 'file');
    throw badRequest('import.not_xlsx', {}, 'file: is not a readable XLSX workbook', 'file');
  }
  const [header, ...body] = sheet;
  if (body.length > maxRows) throw tooMany();
  const columns: string[] = [];
  for (const [i, v] of header?.cells ?? []) {
    if (i >= importLimits.columns)
      throw new HttpError(
        413,
        'import.too_many_columns',
        { max: importLimits.columns },
        `file: more than ${importLimits.columns} columns`,
        { field: 'file' },
      );
    columns[i] = columnName(String(v));
  }
  const rows = body.map((r) => {
    const values = new Map<string, CellValue>();
    for (const [i, v] of r.cells) values.set(columns[i] ?? `column ${i + 1}`, v);
    return { row: r.row, values };
  });
  return {
    format: 'xlsx',
    columns: columns.filter(Boolean),
    headerRow: header?.row ?? 1,
    rows,
    problems: [],
  };
}

function readGeojsonFile(text: string): ImportFile {
  if (nestsDeeperThan(text, importLimits.depth))
    throw new HttpError(
      413,
      'import.too_deep',
      { max: importLimits.depth },
      `file: nests arrays and objects more than ${importLimits.depth} levels deep`,
      { field: 'file' },
    );
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw badRequest('import.not_json', {}, 'file: is not valid JSON (GeoJSON)', 'file');
  }
  const features = (doc as { type?: unknown; features?: unknown })?.features;
  if ((doc as { type?: unknown })?.type !== 'FeatureCollection' || !Array.isArray(features)) {
    throw badRequest(
      'import.not_feature_collection',
      {},
      'file: must be a GeoJSON FeatureCollection',
      'file',
    );
  }
  if (features.length > maxRows) throw tooMany();
  const columns = new Set<string>();
  const problems: ImportFile['problems'] = [];
  const rows: ImportRow[] = [];
  features.forEach((f: unknown, i) => {
    const row = i + 1;
    const feature = f as { geometry?: { type?: unknown; coordinates?: unknown }; properties?: unknown };
    const props = feature?.properties;
    if (props !== null && props !== undefined && (typeof props !== 'object' || Array.isArray(props))) {
      problems.push(
        problem({ row, column: null }, 'import.properties_not_object', {}, 'properties must be an object'),
      );
      return;
    }
    const values = new Map<string, CellValue | CellValue[]>();
    for (const [k, v] of Object.entries(props ?? {})) {
      const name = columnName(k);
      columns.add(name);
      if (v === null || v === undefined || v === '') continue;
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') values.set(name, v);
      else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) values.set(name, v);
      else
        problems.push(
          problem(
            { row, column: name },
            'import.bad_cell',
            {},
            'must be text, a number, true/false or a list of names',
          ),
        );
    }
    const g = feature?.geometry;
    const xy = g?.coordinates;
    if (
      g?.type !== 'Point' ||
      !Array.isArray(xy) ||
      xy.length < 2 ||
      !xy.slice(0, 2).every(Number.isFinite)
    ) {
      problems.push(
        problem(
          { row, column: 'geometry' },
          'import.bad_geometry',
          {},
          'must be a Point with [longitude, latitude]',
        ),
      );
      rows.push({ row, values, locationReported: true });
      return;
    } else {
      values.set('lng', xy[0] as number);
      values.set('lat', xy[1] as number);
    }
    rows.push({ row, values });
  });
  return { format: 'geojson', columns: [...columns, 'lat', 'lng'], headerRow: 0, rows, problems };
}
