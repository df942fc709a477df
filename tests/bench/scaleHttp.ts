// HTTP side of `pnpm bench --part scale`: one request at a time over node:http (fetch would inflate the
// body in this process and charge that to the API), each one logged so that the report can say that no
// request failed, or which did.
import { Agent, request } from 'node:http';
import { percentile } from './loadGenerator.ts';

export interface Answer {
  path: string;
  status: number;
  ms: number;
  /** The body as sent (compressed if the server compressed it). */
  body: Buffer;
  headers: Record<string, string | string[] | undefined>;
}

/** Every request the part made, and what came back (status 0: no answer within the time allowed). */
export class RequestLog {
  readonly answers: { path: string; status: number; ms: number }[] = [];
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });

  constructor(private readonly base: string) {}

  get(path: string, headers: Record<string, string> = {}, timeoutMs = 120_000): Promise<Answer> {
    const t0 = performance.now();
    return new Promise<Answer>((resolve) => {
      const done = (status: number, body: Buffer, h: Answer['headers']) => {
        const ms = performance.now() - t0;
        this.answers.push({ path, status, ms });
        resolve({ path, status, ms, body, headers: h });
      };
      const req = request(
        `${this.base}${path}`,
        { agent: this.agent, headers: { 'accept-encoding': 'br, gzip', ...headers }, timeout: timeoutMs },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(res.statusCode ?? 0, Buffer.concat(chunks), res.headers));
          res.on('error', () => done(0, Buffer.alloc(0), {}));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => done(0, Buffer.alloc(0), {}));
      req.end();
    });
  }

  /** Requests that failed: no answer, or a 4xx/5xx where a 2xx or 304 was expected. */
  failures(expectedMissing: (path: string) => boolean) {
    return this.answers.filter(
      (a) => (a.status === 0 || a.status >= 400) && !(a.status === 404 && expectedMissing(a.path)),
    );
  }

  close() {
    this.agent.destroy();
  }
}

/** p50 of `runs` sequential requests of one path (the body of the last is returned too). */
export async function sequentialP50(log: RequestLog, path: string, runs: number, headers = {}) {
  const times: number[] = [];
  let last: Answer | undefined;
  for (let i = 0; i < runs; i++) {
    last = await log.get(path, headers);
    times.push(last.ms);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), last: last! };
}

/** p50 of `runs` calls of an in-process function (a query sent straight to the database). */
export async function timedP50(runs: number, fn: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return percentile(times, 50);
}

/**
 * The p50 of two queries timed in turn, `rounds` times each: a ratio of two figures taken one after the
 * other drifts with whatever the machine does meanwhile (autovacuum after the million rows went in).
 */
export async function pairedP50(rounds: number, a: () => Promise<unknown>, b: () => Promise<unknown>) {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < rounds; i++) {
    for (const [k, fn] of [a, b].entries()) {
      const t0 = performance.now();
      await fn();
      times[k]!.push(performance.now() - t0);
    }
  }
  return times.map((t) =>
    percentile(
      t.sort((x, y) => x - y),
      50,
    ),
  ) as [number, number];
}

export const isVectorTile = (a: Answer) =>
  (a.status === 200 || a.status === 204) &&
  String(a.headers['content-type'] ?? '').startsWith('application/vnd.mapbox-vector-tile');

/** Resident memory of a process (Linux), in MB; null where /proc cannot say. */
export async function rssMb(pid: number): Promise<number | null> {
  const { readFile } = await import('node:fs/promises');
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}
