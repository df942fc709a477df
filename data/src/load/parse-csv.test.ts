import { describe, expect, it } from 'vitest';
import { CsvColumnError, columnIndex, parseCsv } from './parse-csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = '"a","b","c"\n"x, y","say ""hi""","two\nlines"\n1,2,3\n';
    const { header, rows } = parseCsv(text);
    expect(header).toEqual(['a', 'b', 'c']);
    expect(rows).toEqual([
      { line: 2, fields: ['x, y', 'say "hi"', 'two\nlines'] },
      { line: 4, fields: ['1', '2', '3'] },
    ]);
  });

  it('accepts CRLF, a byte-order mark, blank lines and a missing final newline', () => {
    const { header, rows } = parseCsv('\uFEFFa,b\r\n1,2\r\n\r\n3,4');
    expect(header).toEqual(['a', 'b']);
    expect(rows.map((r) => r.fields)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('keeps empty fields and rows that do not fit the header', () => {
    const { rows } = parseCsv('a,b,c\n1,,\n1,2,3,4\n');
    expect(rows[0]?.fields).toEqual(['1', '', '']);
    expect(rows[1]?.fields).toHaveLength(4);
  });
});

describe('columnIndex', () => {
  it('finds columns by name and names the missing ones', () => {
    expect(columnIndex('f.csv', ['x', 'y'], ['y'])).toEqual({ y: 1 });
    expect(() => columnIndex('f.csv', ['x'], ['y', 'z'])).toThrow(CsvColumnError);
    expect(() => columnIndex('f.csv', ['x'], ['y', 'z'])).toThrow('f.csv lacks the column(s) y, z');
  });
});
