import type { Cell } from './exportTable.ts';

/** The byte-order mark that makes Excel read Persian text as UTF-8. */
export const csvBom = '\uFEFF';

const field = (v: Cell) => {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One RFC 4180 row with its CRLF line end. */
export function csvLine(row: Cell[]): string {
  return `${row.map(field).join(',')}\r\n`;
}

/**
 * RFC 4180 CSV with a byte-order mark and CRLF line ends, which is what makes Excel read Persian text
 * as UTF-8. Text that a spreadsheet would run as a formula (= + - @ at the start) gets a leading
 * apostrophe; the import drops it again.
 */
export function toCsv(table: Cell[][]): string {
  return csvBom + table.map(csvLine).join('');
}
