import { type RankStabilityOptions, rankStability } from '@tavazon/geo';
import { type CompositeInput, compositeScores } from '../analysis/compositeScores.ts';
import { type MoranInput, moranStatistics } from '../analysis/moranStatistics.ts';
import { HttpError } from '../errors.ts';
import { type ImportFile, type ImportFormat, readImportFile } from '../imports/readImportFile.ts';
import { readShapefileZip } from '../imports/readShapefileZip.ts';
import { packRows } from './packedRows.ts';

// What runs on the worker threads (pool.ts): pure functions of their input, no database, so that a
// slow or hostile input can take a worker's time and memory but never the event loop of the server.

export type Task =
  | { name: 'readImportFile'; format: ImportFormat; bytes: Uint8Array }
  | { name: 'moran'; input: MoranInput }
  | { name: 'composite'; input: CompositeInput }
  | { name: 'rankStability'; matrix: number[][]; options: RankStabilityOptions };

/** An upload read on a worker: its rows travel as JSON chunks (packedRows.ts), not as objects. */
export type PackedImportFile = ImportFile & { packedRows: Uint8Array[] };

/** An HttpError does not survive the thread boundary as a class: it travels as its fields. */
export type TaskResult =
  | { ok: true; value: unknown }
  | {
      ok: false;
      error: Pick<HttpError, 'status' | 'code' | 'params' | 'message' | 'field' | 'headers'>;
    };

export default async function run(task: Task): Promise<TaskResult> {
  try {
    switch (task.name) {
      case 'readImportFile': {
        const file =
          task.format === 'shp'
            ? await readShapefileZip(Buffer.from(task.bytes))
            : await readImportFile(task.format, Buffer.from(task.bytes));
        const packed: PackedImportFile = { ...file, rows: [], packedRows: packRows(file.rows) };
        return { ok: true, value: packed };
      }
      case 'moran':
        return { ok: true, value: moranStatistics(task.input) };
      case 'composite':
        return { ok: true, value: compositeScores(task.input) };
      case 'rankStability':
        return { ok: true, value: rankStability(task.matrix, task.options) };
    }
  } catch (err) {
    if (err instanceof HttpError) {
      const { status, code, params, message, field, headers } = err;
      return { ok: false, error: { status, code, params, message, field, headers } };
    }
    throw err;
  }
}
