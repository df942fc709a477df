// The repeated national county layer against a plain node server holding the same bytes, precompressed
// once with brotli at its highest quality: what the API could reach if it did nothing per request but
// send. Both are driven by autocannon with the same connections and duration, each server in its own
// process (the plain one is scalePlainServer.ts).
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import autocannon from 'autocannon';

export interface Throughput {
  requestsPerSecond: number;
  p50: number;
  requests: number;
  /** Connection errors, timeouts and answers other than 2xx. */
  failed: number;
}

export async function drive(url: string, connections: number, seconds: number): Promise<Throughput> {
  const r = await autocannon({
    url,
    connections,
    duration: seconds,
    // Without the stored counts one national layer takes seconds at a million projects: waited for, and
    // counted as an answer, not a timeout.
    timeout: 60,
    headers: { 'accept-encoding': 'br, gzip' },
  });
  return {
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    requests: r.requests.total,
    failed: r.errors + r.timeouts + r.non2xx,
  };
}

/** Starts the plain server on `port` with `raw` brotli-compressed at quality 11; resolves once it listens. */
export async function startPlainServer(raw: Buffer, contentType: string, port: number) {
  const packed = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  const file = join(tmpdir(), `tavazon-bench-plain-${process.pid}.br`);
  await writeFile(file, packed);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'scalePlainServer.ts'), file, contentType, String(port)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the plain server exited with ${code}`)));
    child.stdout?.once('data', () => resolve());
  });
  child.stdout?.resume();
  return { child, packedBytes: packed.length };
}

export const stopChild = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
