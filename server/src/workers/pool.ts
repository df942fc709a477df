import { availableParallelism } from 'node:os';
import type { RankStabilityOptions, RankStabilityResult } from '@tavazon/geo';
import { Piscina } from 'piscina';
import type { CompositeInput, compositeScores } from '../analysis/compositeScores.ts';
import type { MoranInput, moranStatistics } from '../analysis/moranStatistics.ts';
import { HttpError } from '../errors.ts';
import type { ImportFile, ImportFormat } from '../imports/readImportFile.ts';
import { unpackRows } from './packedRows.ts';
import type { PackedImportFile, Task, TaskResult } from './tasks.ts';

/**
 * Heavy, pure work runs on worker threads so that it never blocks the event loop: health and every other
 * request keep being answered meanwhile. Two pools, so that a flood of uploads cannot starve the
 * analyses (nor the reverse): reading uploads (long tasks, a large heap each) and the statistics of the
 * analyses (permutation tests, composite indices, the rank stability of a need score: short tasks, many users). Each task has a time budget
 * and a heap of its own; a full queue is 503 with Retry-After rather than an ever longer wait.
 */
const threads = Math.max(1, Math.min(2, availableParallelism() - 1));

export const poolLimits = {
  threads,
  /** Tasks waiting for a thread beyond those running. */
  queue: 4,
  /** A worker's heap: a hostile file exhausts this, not the server's. */
  heapMb: 512,
  budgetMs: 20_000,
  retryAfterSeconds: 5,
} as const;

export const analysisPoolLimits = {
  threads,
  queue: 16,
  heapMb: 256,
  /**
   * From submission to answer, queueing included: 9,999 permutations over every county take a core 1–4 s,
   * so a few of them queued fit; beyond that the machine is saturated and a prompt 503 beats a long wait.
   */
  budgetMs: 30_000,
  retryAfterSeconds: 2,
} as const;

type Limits = typeof poolLimits | typeof analysisPoolLimits;

function createPool(limits: Limits) {
  // The server runs its TypeScript source directly (tsx): a worker needs tsx's loader too, whether the
  // parent was started by tsx (pnpm start) or by vitest (the tests).
  return new Piscina<Task, TaskResult>({
    filename: new URL('./tasks.ts', import.meta.url).href,
    execArgv: ['--import', 'tsx'],
    minThreads: 1,
    maxThreads: limits.threads,
    maxQueue: limits.queue,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
  });
}

let uploads: Piscina<Task, TaskResult> | undefined;
let analyses: Piscina<Task, TaskResult> | undefined;
const uploadPool = () => (uploads ??= createPool(poolLimits));
const analysisPool = () => (analyses ??= createPool(analysisPoolLimits));

/** Queue length and threads, for /metrics. */
export const poolStats = () => ({
  queued: (uploads?.queueSize ?? 0) + (analyses?.queueSize ?? 0),
  threads: (uploads?.threads.length ?? 0) + (analyses?.threads.length ?? 0),
  utilization: Math.max(uploads?.utilization ?? 0, analyses?.utilization ?? 0),
});

export async function closePool() {
  await Promise.all([uploads?.destroy(), analyses?.destroy()]);
  uploads = undefined;
  analyses = undefined;
}

const busy = (retryAfter: number, why = 'the server is busy with other heavy requests') =>
  new HttpError(503, 'server.busy', { retryAfter }, `${why}; try again in ${retryAfter} s`, {
    headers: { 'Retry-After': String(retryAfter) },
  });

const tooHeavy = (why: string) =>
  new HttpError(
    413,
    'import.too_complex',
    { seconds: poolLimits.budgetMs / 1000, heapMb: poolLimits.heapMb },
    `file: ${why}; split it into several imports`,
    { field: 'file' },
  );

interface Overrun {
  timeout: () => HttpError;
  outOfMemory: () => HttpError;
}

async function runTask(
  pool: Piscina<Task, TaskResult>,
  limits: Limits,
  task: Task,
  overrun: Overrun,
  transferList: ArrayBuffer[] = [],
) {
  if (pool.queueSize >= limits.queue) throw busy(limits.retryAfterSeconds);
  let result: TaskResult;
  try {
    result = await pool.run(task, { signal: AbortSignal.timeout(limits.budgetMs), transferList });
  } catch (err) {
    const { name, code, message } = err as { name?: string; code?: string; message?: string };
    if (name === 'AbortError' || name === 'TimeoutError') throw overrun.timeout();
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') throw overrun.outOfMemory();
    if (/queue is at limit/i.test(message ?? '')) throw busy(limits.retryAfterSeconds);
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

const uploadOverrun: Overrun = {
  timeout: () => tooHeavy(`took more than ${poolLimits.budgetMs / 1000} s to read`),
  outOfMemory: () => tooHeavy(`needs more than ${poolLimits.heapMb} MB to read`),
};

// An analysis over its budget is a saturated machine (its input is bounded: counties, ≤ 9,999 permutations).
const analysisOverrun: Overrun = {
  timeout: () =>
    busy(
      analysisPoolLimits.retryAfterSeconds,
      `the analysis took more than ${analysisPoolLimits.budgetMs / 1000} s because the server is busy`,
    ),
  outOfMemory: () => busy(analysisPoolLimits.retryAfterSeconds, 'the analysis ran out of memory'),
};

/**
 * readImportFile on a worker thread. The upload's memory is handed to the worker rather than copied when
 * the buffer is the upload's own (as uploadedFile makes it): `bytes` is then unusable here afterwards.
 */
export const readImportFileOffThread = async (format: ImportFormat, bytes: Buffer) => {
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const task: Task = { name: 'readImportFile', format, bytes };
  const transfer = own && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
  const { packedRows, ...file } = (await runTask(
    uploadPool(),
    poolLimits,
    task,
    uploadOverrun,
    transfer,
  )) as PackedImportFile;
  return { ...file, rows: await unpackRows(packedRows) } satisfies ImportFile;
};

/** Moran's I and LISA with their permutation tests, on a worker thread. */
export const moranOffThread = async (input: MoranInput) =>
  (await runTask(
    analysisPool(),
    analysisPoolLimits,
    { name: 'moran', input },
    analysisOverrun,
  )) as ReturnType<typeof moranStatistics>;

/** The composite index's arithmetic, on a worker thread. */
export const compositeOffThread = async (input: CompositeInput) =>
  (await runTask(
    analysisPool(),
    analysisPoolLimits,
    { name: 'composite', input },
    analysisOverrun,
  )) as ReturnType<typeof compositeScores>;

/** rankStability (@tavazon/geo) on a worker thread: a thousand rankings never hold up other requests. */
export const rankStabilityOffThread = async (matrix: number[][], options: RankStabilityOptions) =>
  (await runTask(
    analysisPool(),
    analysisPoolLimits,
    { name: 'rankStability', matrix, options },
    analysisOverrun,
  )) as RankStabilityResult;

/**
 * Starts both pools' first threads now, at server start: a worker loads the TypeScript loader and its
 * modules, which should not happen while the first upload or analysis waits.
 */
export function startPools() {
  uploadPool();
  analysisPool();
}
