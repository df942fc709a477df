import { describe, expect, it } from 'vitest';
import { readXlsx } from './readXlsx.ts';
import { writeXlsx } from './writeXlsx.ts';
import { openZip, writeZip, ZipError } from './zip.ts';

describe('XLSX', () => {
  it('reads back what it writes: Persian text, numbers, booleans, markup as text', () => {
    const rows = [
      ['title_fa', 'lat', 'published'],
      ['نیروگاه <b>خورشیدی</b> & "شرکا"', 35.7, true],
      [null, -1.5, false],
    ];
    const sheet = readXlsx(writeXlsx(rows));
    expect(sheet.map((r) => r.row)).toEqual([1, 2, 3]);
    expect([...sheet[1]!.cells.values()]).toEqual(['نیروگاه <b>خورشیدی</b> & "شرکا"', 35.7, true]);
    expect([...sheet[2]!.cells.entries()]).toEqual([
      [1, -1.5],
      [2, false],
    ]);
  });

  it('turns a character reference past Unicode into the replacement character', () => {
    const zip = writeZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: Buffer.from(
          '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a&#x110000;&#1605;</t></is></c></row></sheetData>',
        ),
      },
    ]);
    expect(readXlsx(zip)[0]!.cells.get(0)).toBe('a\uFFFDم');
  });

  it('stops a part that unpacks past the cap, whatever its header claims', () => {
    const zip = writeZip([{ name: 'a.xml', data: Buffer.alloc(5 * 1024 * 1024, 32) }]);
    const read = openZip(zip, 1024 * 1024);
    expect(() => read('a.xml')).toThrow(ZipError);
    expect(() => readXlsx(Buffer.from('not a zip'))).toThrow(/not a ZIP/);
  });

  it('refuses a worksheet whose elements never close, without a quadratic search', () => {
    const broken = writeZip([
      {
        name: 'xl/workbook.xml',
        data: Buffer.from('<workbook><sheets><sheet r:id="x"/></sheets></workbook>'),
      },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(`<sheetData>${'<row r="1">'.repeat(200_000)}`) },
    ]);
    const t0 = performance.now();
    expect(() => readXlsx(broken)).toThrow(/damaged worksheet/);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
