import { Agent, request } from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  max: number;
}

/** Percentile of sorted milliseconds, nearest-rank. */
export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : Number.NaN;

/**
 * Keeps `connections` requests in flight against `url` for `durationMs` (bounded: it stops by itself,
 * and only ever targets the loopback server the benchmark started) and records each latency.
 */
export async function loadGenerator(
  url: string,
  connections: number,
  durationMs: number,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + durationMs;
  // node:http rather than fetch: fetch inflates the body, and that client-side work would be
  // charged to the API's latency. Like a browser, it asks for a compressed body.
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const once = () =>
    new Promise<number>((resolve, reject) => {
      const req = request(
        url,
        { agent, method: init.method ?? 'GET', headers: { ...init.headers, 'accept-encoding': 'br, gzip' } },
        (res) => {
          res.on('data', () => {});
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(init.body);
    });
  const worker = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        const status = await once();
        if (status < 200 || status >= 400) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - t0);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    requestsPerSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: latencies.at(-1) ?? Number.NaN,
  };
}
