import { availableParallelism } from 'node:os';
import type { RankStabilityOptions, RankStabilityResult } from '@tavazon/geo';
import { Piscina } from 'piscina';
import { HttpError } from '../errors.ts';
import type { ImportFile, ImportFormat } from '../imports/readImportFile.ts';
import type { Task, TaskResult } from './tasks.ts';

/**
 * Heavy, pure work (reading an upload, the rank stability of a need score) runs on a small pool of worker threads so that it never
 * blocks the event loop: health and every other request keep being answered meanwhile. Each task has a
 * time budget and a heap of its own; a full queue is 503 with Retry-After rather than an ever longer wait.
 */
export const poolLimits = {
  threads: Math.max(1, Math.min(2, availableParallelism() - 1)),
  /** Tasks waiting for a thread beyond those running. */
  queue: 4,
  /** A worker's heap: a hostile file exhausts this, not the server's. */
  heapMb: 512,
  budgetMs: 20_000,
  retryAfterSeconds: 5,
} as const;

let pool: Piscina<Task, TaskResult> | undefined;

function thePool() {
  // The server runs its TypeScript source directly (tsx): a worker needs tsx's loader too, whether the
  // parent was started by tsx (pnpm start) or by vitest (the tests).
  pool ??= new Piscina<Task, TaskResult>({
    filename: new URL('./tasks.ts', import.meta.url).href,
    execArgv: ['--import', 'tsx'],
    minThreads: 1,
    maxThreads: poolLimits.threads,
    maxQueue: poolLimits.queue,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: poolLimits.heapMb },
  });
  return pool;
}

/** Queue length and threads, for /metrics. */
export const poolStats = () => ({
  queued: pool?.queueSize ?? 0,
  threads: pool?.threads.length ?? 0,
  utilization: pool?.utilization ?? 0,
});

export async function closePool() {
  await pool?.destroy();
  pool = undefined;
}

const tooHeavy = (why: string) =>
  new HttpError(
    413,
    'import.too_complex',
    { seconds: poolLimits.budgetMs / 1000, heapMb: poolLimits.heapMb },
    `file: ${why}; split it into several imports`,
    { field: 'file' },
  );

async function runTask(task: Task): Promise<unknown> {
  const p = thePool();
  if (p.queueSize >= poolLimits.queue) throw busy();
  let result: TaskResult;
  try {
    result = await p.run(task, { signal: AbortSignal.timeout(poolLimits.budgetMs) });
  } catch (err) {
    const { name, code, message } = err as { name?: string; code?: string; message?: string };
    if (name === 'AbortError' || name === 'TimeoutError')
      throw tooHeavy(`took more than ${poolLimits.budgetMs / 1000} s to read`);
    if (code === 'ERR_WORKER_OUT_OF_MEMORY')
      throw tooHeavy(`needs more than ${poolLimits.heapMb} MB to read`);
    if (/queue is at limit/i.test(message ?? '')) throw busy();
    throw err;
  }
  if (!result.ok) {
    const { status, code, params, message, field, headers } = result.error;
    throw new HttpError(status, code, params as never, message, {
      field,
      ...(headers ? { headers } : {}),
    });
  }
  return result.value;
}

const busy = () =>
  new HttpError(
    503,
    'server.busy',
    { retryAfter: poolLimits.retryAfterSeconds },
    `the server is busy with other heavy requests; try again in ${poolLimits.retryAfterSeconds} s`,
    { headers: { 'Retry-After': String(poolLimits.retryAfterSeconds) } },
  );

/** rankStability (@tavazon/geo) on a worker thread: a thousand rankings never hold up other requests. */
export const rankStabilityOffThread = async (matrix: number[][], options: RankStabilityOptions) =>
  (await runTask({ name: 'rankStability', matrix, options })) as RankStabilityResult;

/** readImportFile on a worker thread. */
export const readImportFileOffThread = async (format: ImportFormat, bytes: Buffer) =>
  (await runTask({ name: 'readImportFile', format, bytes })) as ImportFile;
