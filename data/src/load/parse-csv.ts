export interface CsvRow {
  /** 1-based line of the file where the row starts (the header is line 1), for reports. */
  line: number;
  fields: string[];
}

export interface ParsedCsv {
  header: string[];
  rows: CsvRow[];
}

/**
 * RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF; a leading
 * byte-order mark is dropped. Blank lines are skipped. Rows are returned as they are, whatever their
 * field count, so that the caller can report (or repair) a row that does not fit the header.
 */
export function parseCsv(text: string): ParsedCsv {
  const records: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let rowHasContent = false;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  const endRow = () => {
    fields.push(field);
    if (rowHasContent || fields.length > 1 || field !== '') records.push({ line: rowLine, fields });
    fields = [];
    field = '';
    rowHasContent = false;
  };

  for (let i = 0; i < input.length; i += 1) {
    const c = input[i];
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (c === '\n') line += 1;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      quoted = true;
      rowHasContent = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      rowHasContent = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else field += c;
  }
  if (field !== '' || fields.length > 0 || rowHasContent) endRow();

  const [head, ...rows] = records;
  return { header: head ? head.fields.map((h) => h.trim()) : [], rows };
}

/** Thrown when a file lacks a column the loader needs: the whole dataset is unusable, not one row. */
export class CsvColumnError extends Error {
  constructor(file: string, missing: string[]) {
    super(`${file} lacks the column(s) ${missing.join(', ')}`);
    this.name = 'CsvColumnError';
  }
}

/** Column positions by name, checked once so that every row can be read by name. */
export function columnIndex<const K extends string>(
  file: string,
  header: string[],
  names: readonly K[],
): Record<K, number> {
  const missing = names.filter((n) => !header.includes(n));
  if (missing.length > 0) throw new CsvColumnError(file, missing);
  return Object.fromEntries(names.map((n) => [n, header.indexOf(n)])) as Record<K, number>;
}
