import type { ImportRow } from '../imports/readImportFile.ts';
import { timeSlicer } from '../imports/timeSlicer.ts';
import type { CellValue } from '../xlsx/readXlsx.ts';

// An upload's rows cross from the worker thread to the event loop as JSON bytes in chunks, not as objects:
// the structured clone of 20,000 rows of Maps is rebuilt on the receiving thread in one go, which held the
// event loop for 100–200 ms, while bytes copy in a few milliseconds and are parsed here chunk by chunk,
// handing the event loop a turn between chunks.

type PackedRow = [row: number, values: [string, CellValue | CellValue[]][], locationReported?: true];

/** Rows per chunk: ~0.5 MB of JSON for the widest rows an import may have, parsed in a few ms. */
const rowsPerChunk = 1000;

/** On the worker: the rows as UTF-8 JSON chunks. */
export function packRows(rows: ImportRow[]): Uint8Array[] {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < rows.length; start += rowsPerChunk) {
    const packed = rows
      .slice(start, start + rowsPerChunk)
      .map((r): PackedRow => (r.locationReported ? [r.row, [...r.values], true] : [r.row, [...r.values]]));
    chunks.push(encoder.encode(JSON.stringify(packed)));
  }
  return chunks;
}

/** On the event loop: the rows back, in time slices. */
export async function unpackRows(chunks: Uint8Array[]): Promise<ImportRow[]> {
  const decoder = new TextDecoder();
  const slice = timeSlicer(10);
  const rows: ImportRow[] = [];
  for (const chunk of chunks) {
    await slice();
    for (const [row, values, locationReported] of JSON.parse(decoder.decode(chunk)) as PackedRow[]) {
      rows.push(
        locationReported
          ? { row, values: new Map(values), locationReported }
          : { row, values: new Map(values) },
      );
    }
  }
  return rows;
}
