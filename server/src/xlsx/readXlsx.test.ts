import { describe, expect, it } from 'vitest';
import { openZip, writeZip, ZipError } from '../zip/zip.ts';
import { readXlsx } from './readXlsx.ts';
import { writeXlsx } from './writeXlsx.ts';

/** Rewrites the uncompressed size an entry declares (local header and central directory): a lying archive. */
function declareSize(zip: Buffer, size: number) {
  const out = Buffer.from(zip);
  out.writeUInt32LE(size, 22); // the first local header
  out.writeUInt32LE(size, out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
  return out;
}

describe('XLSX', () => {
  it('reads back what it writes: Persian text, numbers, booleans, markup as text', async () => {
    const rows = [
      ['title_fa', 'lat', 'published'],
      ['نیروگاه <b>خورشیدی</b> & "شرکا"', 35.7, true],
      [null, -1.5, false],
    ];
    const sheet = await readXlsx(writeXlsx(rows));
    expect(sheet.map((r) => r.row)).toEqual([1, 2, 3]);
    expect([...sheet[1]!.cells.values()]).toEqual(['نیروگاه <b>خورشیدی</b> & "شرکا"', 35.7, true]);
    expect([...sheet[2]!.cells.entries()]).toEqual([
      [1, -1.5],
      [2, false],
    ]);
  });

  it('turns a character reference past Unicode into the replacement character', async () => {
    const zip = writeZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: Buffer.from(
          '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a&#x110000;&#1605;</t></is></c></row></sheetData>',
        ),
      },
    ]);
    expect((await readXlsx(zip))[0]!.cells.get(0)).toBe('a\uFFFDم');
  });

  it('stops a part that unpacks past the cap', async () => {
    const zip = writeZip([{ name: 'a.xml', data: Buffer.alloc(5 * 1024 * 1024, 32) }]);
    const read = await openZip(zip, 1024 * 1024);
    await expect(read('a.xml')).rejects.toThrow(/unpacks to more than 1 MB/);
    await expect(readXlsx(Buffer.from('not a zip'))).rejects.toThrow(/not a ZIP/);
  });

  it('stops a part that unpacks to more than its header declares, before it is all unpacked', async () => {
    // Declares 1 KB, holds 50 MB of deflated spaces: the cap is met by the declared size, not the actual.
    const lying = declareSize(writeZip([{ name: 'a.xml', data: Buffer.alloc(50 * 2 ** 20, 32) }]), 1024);
    const read = await openZip(lying, 64 * 2 ** 20);
    await expect(read('a.xml')).rejects.toThrow(ZipError);
    await expect(read('a.xml')).rejects.toThrow(/another size than it declares/);
    // And one that holds less than it declares.
    const short = declareSize(writeZip([{ name: 'a.xml', data: Buffer.from('<x/>') }]), 4000);
    await expect((await openZip(short, 2 ** 20))('a.xml')).rejects.toThrow(/another size than it declares/);
  });

  it('refuses an archive whose parts declare more than the cap together', async () => {
    const zip = writeZip([
      { name: 'a.xml', data: Buffer.alloc(600 * 1024, 32) },
      { name: 'b.xml', data: Buffer.alloc(600 * 1024, 32) },
    ]);
    const read = await openZip(zip, 1024 * 1024);
    expect((await read('a.xml'))?.length).toBe(600 * 1024);
    await expect(read('b.xml')).rejects.toThrow(/unpacks to more than 1 MB/);
  });

  it('refuses a worksheet whose elements never close, without a quadratic search', async () => {
    const broken = writeZip([
      {
        name: 'xl/workbook.xml',
        data: Buffer.from('<workbook><sheets><sheet r:id="x"/></sheets></workbook>'),
      },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(`<sheetData>${'<row r="1">'.repeat(200_000)}`) },
    ]);
    const t0 = performance.now();
    await expect(readXlsx(broken)).rejects.toThrow(/damaged worksheet/);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
