import { type RankStabilityOptions, rankStability } from '@tavazon/geo';
import { HttpError } from '../errors.ts';
import { type ImportFormat, readImportFile } from '../imports/readImportFile.ts';

// What runs on the worker threads (pool.ts): pure functions of their input, no database, so that a
// slow or hostile input can take a worker's time and memory but never the event loop of the server.

export type Task =
  | { name: 'readImportFile'; format: ImportFormat; bytes: Uint8Array }
  | { name: 'rankStability'; matrix: number[][]; options: RankStabilityOptions };

/** An HttpError does not survive the thread boundary as a class: it travels as its fields. */
export type TaskResult =
  | { ok: true; value: unknown }
  | {
      ok: false;
      error: Pick<HttpError, 'status' | 'code' | 'params' | 'message' | 'field' | 'headers'>;
    };

export default function run(task: Task): TaskResult {
  try {
    switch (task.name) {
      case 'readImportFile':
        return { ok: true, value: readImportFile(task.format, Buffer.from(task.bytes)) };
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
