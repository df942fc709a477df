import { openZip, ZipError } from '../zip/zip.ts';

export type CellValue = string | number | boolean;

export interface SheetRow {
  /** The row number Excel shows (1 = the header row). */
  row: number;
  /** Cell values by column index (A = 0); empty cells are absent. */
  cells: Map<number, CellValue>;
}

/** Bounds on a workbook, checked while it is read (README of the import limits: contract importLimits). */
export interface SheetLimits {
  /** What the parts of the workbook may unpack to, together. */
  unpackedBytes: number;
  /** Rows that hold a value; one more stops the reading. */
  rows: number;
  /** Row elements, empty ones included: a sheet may declare millions of empty rows in a few KB. */
  sheetRows: number;
}

const defaultLimits: SheetLimits = { unpackedBytes: 64 * 2 ** 20, rows: 20_000, sheetRows: 100_000 };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) => {
    const code = e.startsWith('#x')
      ? Number.parseInt(e.slice(2), 16)
      : e.startsWith('#')
        ? Number(e.slice(1))
        : null;
    // A reference past Unicode would make fromCodePoint throw: it becomes the replacement character.
    if (code !== null) return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    return entities[e] ?? m;
  });

/** The text of every <t> in a string item or an inline string (rich text runs are joined). */
const textOf = (xml: string) => [...elements(xml, 't')].map((t) => unescapeXml(t.body)).join('');

const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** Column letters of a cell reference (B12 → 1). */
const columnIndex = (ref: string) => {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? '') n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
};

/**
 * The <tag> elements of `xml` in order, each with its attribute text and body, found with indexOf so
 * that the work stays linear in the size of the sheet whatever its content (a regular expression that
 * searches for the closing tag from every opening one is quadratic on a sheet that never closes them).
 */
function* elements(xml: string, tag: string) {
  const open = `<${tag}`;
  const close = `</${tag}>`;
  let at = xml.indexOf(open);
  while (at >= 0) {
    const after = xml[at + open.length];
    const end = xml.indexOf('>', at);
    if (end < 0) throw new ZipError('has a damaged worksheet');
    if (
      after !== ' ' &&
      after !== '>' &&
      after !== '/' &&
      after !== '\n' &&
      after !== '\t' &&
      after !== '\r'
    ) {
      at = xml.indexOf(open, at + 1); // a longer tag name (<cols>, <rowBreaks>)
      continue;
    }
    if (xml[end - 1] === '/') {
      yield { attrs: xml.slice(at + open.length, end - 1), body: '' };
      at = xml.indexOf(open, end);
      continue;
    }
    const closing = xml.indexOf(close, end);
    if (closing < 0) throw new ZipError('has a damaged worksheet');
    yield { attrs: xml.slice(at + open.length, end), body: xml.slice(end + 1, closing) };
    at = xml.indexOf(open, closing);
  }
}

/**
 * The first worksheet of an XLSX workbook, as rows of cell values: shared and inline strings, numbers,
 * booleans and cached formula results. Dates are numbers (Excel serial days): the caller knows which
 * columns hold dates. Rows without a value are left out. Throws ZipError for a file that is not a
 * workbook, unpacks too large or declares more rows than the limits allow (reading stops there).
 */
export async function readXlsx(file: Buffer, limits: SheetLimits = defaultLimits): Promise<SheetRow[]> {
  const read = await openZip(file, limits.unpackedBytes);
  const workbook = (await read('xl/workbook.xml'))?.toString('utf8');
  if (!workbook) throw new ZipError('is not an XLSX workbook (no xl/workbook.xml)');
  const firstSheet = /<sheet\b([^>]*)\/?>/.exec(workbook)?.[1] ?? '';
  const relId = attr(firstSheet, 'r:id');
  const rels = (await read('xl/_rels/workbook.xml.rels'))?.toString('utf8') ?? '';
  const target = [...rels.matchAll(/<Relationship\b([^>]*)\/?>/g)]
    .map((m) => m[1] ?? '')
    .find((a) => attr(a, 'Id') === relId);
  const path = target ? attr(target, 'Target') : undefined;
  const sheetPath = path ? (path.startsWith('/') ? path.slice(1) : `xl/${path}`) : 'xl/worksheets/sheet1.xml';
  const sheet = (await read(sheetPath))?.toString('utf8');
  if (!sheet) throw new ZipError('has no worksheet');
  const sharedXml = (await read('xl/sharedStrings.xml'))?.toString('utf8') ?? '';
  const shared = [...elements(sharedXml, 'si')].map((si) => textOf(si.body));

  const rows: SheetRow[] = [];
  let nextRow = 1;
  let rowElements = 0;
  for (const r of elements(sheet, 'row')) {
    rowElements += 1;
    if (rowElements > limits.sheetRows)
      throw new ZipError(`declares more than ${limits.sheetRows} rows`, true);
    const row = Number(attr(r.attrs, 'r') ?? nextRow);
    nextRow = row + 1;
    const cells = new Map<number, CellValue>();
    let nextColumn = 0;
    for (const c of elements(r.body, 'c')) {
      const ref = attr(c.attrs, 'r');
      const column = ref ? columnIndex(ref) : nextColumn;
      nextColumn = column + 1;
      const type = attr(c.attrs, 't') ?? 'n';
      const vStart = c.body.indexOf('<v>');
      const vEnd = vStart < 0 ? -1 : c.body.indexOf('</v>', vStart);
      const v = vEnd < 0 ? undefined : c.body.slice(vStart + 3, vEnd);
      let value: CellValue | undefined;
      if (type === 'inlineStr') value = textOf(c.body);
      else if (v === undefined) value = undefined;
      else if (type === 's') value = shared[Number(v)] ?? '';
      else if (type === 'b') value = v === '1';
      else if (type === 'str' || type === 'e') value = unescapeXml(v);
      else value = Number(v);
      if (value !== undefined && value !== '') cells.set(column, value);
    }
    if (cells.size === 0) continue;
    // The header and `rows` data rows, and one more so that the caller can tell "too many".
    if (rows.length > limits.rows + 1) break;
    rows.push({ row, cells });
  }
  return rows;
}
