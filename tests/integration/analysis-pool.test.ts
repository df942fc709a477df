import { describe, expect, inject, it } from 'vitest';

// The permutation tests of Moran's I and LISA (up to 9,999 permutations per county) run on the analysis
// worker pool, so that several heavy analyses at once never stall the server: health keeps answering
// promptly, and when the pool is full the answer is a prompt 503 with Retry-After, not an ever longer wait.

const url = (path: string) => new URL(path, inject('baseUrl'));
const heavy = (seed: number) =>
  url(
    `/api/analysis/autocorrelation?indicator=unemployment_rate&set=census-1395&period=1395&permutations=9999&seed=${seed}`,
  );

/** Sends the requests and meanwhile times /api/health every 20 ms: every health latency. */
async function whileHealthWatched<T>(send: () => Promise<T>) {
  const latencies: number[] = [];
  let done = false;
  const probe = (async () => {
    while (!done) {
      const t = performance.now();
      await fetch(url('/api/health')).then((r) => r.arrayBuffer());
      latencies.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  try {
    return { result: await send(), latencies };
  } finally {
    done = true;
    await probe;
  }
}

describe('heavy analyses off the event loop', () => {
  it('keeps /api/health under 100 ms while several 9,999-permutation analyses run', async () => {
    expect((await fetch(heavy(1))).status).toBe(200); // the pool's threads are up
    const { result, latencies } = await whileHealthWatched(() =>
      Promise.all([2, 3, 4, 5].map((seed) => fetch(heavy(seed)).then((r) => r.status))),
    );
    expect(result).toEqual([200, 200, 200, 200]);
    // On the event loop, each analysis held every health answer for 1–4 s. The machine running the tests
    // is shared (and PGlite runs its queries on this thread), so a rare slow answer is allowed: 95 % are
    // under 100 ms and none reaches a second.
    const sorted = [...latencies].sort((a, b) => a - b);
    const seen = sorted.map((l) => l.toFixed(0)).join(' ');
    expect(sorted.length).toBeGreaterThan(10);
    expect(sorted[Math.floor(sorted.length * 0.95)], seen).toBeLessThan(100);
    expect(sorted.at(-1), seen).toBeLessThan(1000);
  });

  it('answers 503 server.busy with Retry-After when the analysis pool is full', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        fetch(heavy(100 + i)).then(async (r) => ({
          status: r.status,
          retryAfter: r.headers.get('retry-after'),
          body: (await r.json()) as { error?: { code: string } },
        })),
      ),
    );
    const busy = answers.filter((a) => a.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]!.retryAfter).toMatch(/^\d+$/);
    expect(busy[0]!.body.error?.code).toBe('server.busy');
    for (const a of answers) expect([200, 503]).toContain(a.status);
  });
});
