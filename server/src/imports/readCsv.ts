import { importLimits } from '@tavazon/contract';
import { parse } from 'csv-parse/sync';
import { badRequest, HttpError } from '../errors.ts';

export interface CsvRecord {
  /** 1-based line of the file where the record starts (the header is line 1), for reports. */
  line: number;
  fields: string[];
}

const tooMany = (what: 'rows' | 'columns') =>
  new HttpError(
    413,
    what === 'rows' ? 'import.too_many_rows' : 'import.too_many_columns',
    { max: importLimits[what] },
    `file: more than ${importLimits[what]} ${what}; split it into several imports`,
    { field: 'file' },
  );

const lineOf = (message: string) => Number(/at line (\d+)/.exec(message)?.[1] ?? 1);

/**
 * RFC 4180 CSV with csv-parse: quoted fields may hold commas, doubled quotes and line breaks; CRLF, LF
 * or CR; a byte-order mark is dropped; blank lines are skipped. A record longer than
 * importLimits.recordChars is refused while it is read (a header of millions of columns is one such
 * record), and the row and column limits are checked before the rows are looked at.
 */
export function readCsv(text: string): { header: string[]; rows: CsvRecord[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      max_record_size: importLimits.recordChars,
      // One more than allowed, so that "too many" can be told from "exactly the limit".
      to: importLimits.rows + 2,
    }) as unknown as typeof records; // csv-parse's types do not follow the `info` option
  } catch (err) {
    const { code, message } = err as { code?: string; message?: string };
    const line = lineOf(message ?? '');
    if (code === 'CSV_MAX_RECORD_SIZE') {
      throw new HttpError(
        413,
        'import.record_too_long',
        { max: importLimits.recordChars, line },
        `file: line ${line} is longer than ${importLimits.recordChars} characters`,
        { field: 'file' },
      );
    }
    throw badRequest(
      'import.not_csv',
      { line },
      `file: is not readable CSV (${code ?? 'error'} near line ${line})`,
      'file',
    );
  }
  const [head, ...rest] = records;
  if (rest.length > importLimits.rows) throw tooMany('rows');
  const header = head ? head.record.map((h) => h.trim()) : [];
  if (header.length > importLimits.columns) throw tooMany('columns');
  // info.lines is where a record ends; a quoted field may have spanned lines before it.
  const rows = rest.map(({ record, info }) => {
    let breaks = 0;
    for (const field of record) breaks += field.match(/\r\n|\r|\n/g)?.length ?? 0;
    return { line: info.lines - breaks, fields: record };
  });
  return { header, rows };
}
