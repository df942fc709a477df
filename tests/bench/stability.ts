// Rank stability under `pnpm bench --part stability` (and at the end of a full run): POST
// /api/need/stability for 1,000 Dirichlet draws × 478 current counties × 8 criteria, one request at a
// time (target ≤ 250 ms at the API, issue 10), then again with two clients keeping it busy while a probe
// asks /api/health every 10 ms: the run is on a worker thread, so health must stay quick meanwhile.
import { percentile } from './loadGenerator.ts';

export const stabilityTargetMs = 250;

export const stabilityBody = {
  set: 'current',
  indicators: [
    'unemployment_rate',
    'female_unemployment_rate',
    'higher_education_share',
    'dependency_ratio',
    'youth_share',
    'population',
    'active_population',
    'working_age_population',
  ],
  polarities: {
    youth_share: 'higher_worse',
    population: 'higher_better',
    active_population: 'higher_better',
    working_age_population: 'higher_better',
  },
  weights: 'entropy',
  method: 'topsis',
  draws: 1000,
  seed: 1404,
  topK: 20,
};

export interface StabilityRow {
  counties: number;
  weightings: number;
  p50: number;
  p95: number;
  healthP50: number;
  healthMax: number;
  busy: number;
}

const timed = async (url: string, init?: RequestInit) => {
  const t0 = performance.now();
  const res = await fetch(url, init);
  const body = await res.text();
  return { ms: performance.now() - t0, status: res.status, body };
};

export async function stabilityBench(port: number, runs = 30): Promise<StabilityRow> {
  const url = `http://127.0.0.1:${port}/api/need/stability`;
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(stabilityBody),
  };
  let first = await timed(url, init);
  if (first.status !== 200) throw new Error(`stability: ${first.status} ${first.body.slice(0, 200)}`);
  // The worker thread starts (and loads TypeScript) on the first heavy request: warm it up.
  for (let i = 0; i < 3; i++) first = await timed(url, init);
  const answer = JSON.parse(first.body) as { units: unknown[]; weightings: number };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(url, init)).ms);
  times.sort((a, b) => a - b);

  let running = true;
  let busy = 0;
  const client = async () => {
    while (running) if ((await timed(url, init)).status === 503) busy++;
  };
  const clients = [client(), client()];
  const health: number[] = [];
  const until = performance.now() + 5000;
  while (performance.now() < until) {
    health.push((await timed(`http://127.0.0.1:${port}/api/health`)).ms);
    await new Promise((r) => setTimeout(r, 10));
  }
  running = false;
  await Promise.all(clients);
  health.sort((a, b) => a - b);
  return {
    counties: answer.units.length,
    weightings: answer.weightings,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    healthP50: percentile(health, 50),
    healthMax: health.at(-1) ?? Number.NaN,
    busy,
  };
}

const start = '<!-- stability: written by pnpm bench -->';
const end = '<!-- /stability -->';

export function replaceStabilitySection(report: string, row: StabilityRow, machine: string, engine: string) {
  const ok = row.p50 <= stabilityTargetMs ? '✅' : '❌';
  const section = [
    start,
    '## Rank stability of the need score',
    '',
    `Measured by \`pnpm bench --part stability\` on ${new Date().toISOString().slice(0, 10)} (${engine}), machine: ${machine}.`,
    `\`POST /api/need/stability\`: ${row.counties} current counties × ${stabilityBody.indicators.length} criteria,`,
    `${stabilityBody.draws} Dirichlet draws + one weighting per criterion left out (${row.weightings} rankings), TOPSIS,`,
    'one request at a time after a warm-up (the worker thread loads on the first). Then two clients keep it',
    'busy while a probe asks `/api/health` every 10 ms for 5 s: the rankings run on a worker thread.',
    `Target: ≤ ${stabilityTargetMs} ms at the API.`,
    '',
    '| API p50 ms | API p95 ms | health p50 ms while busy | longest health ms | answered 503 busy |',
    '| ---: | ---: | ---: | ---: | ---: |',
    `| ${row.p50.toFixed(1)} ${ok} | ${row.p95.toFixed(1)} | ${row.healthP50.toFixed(1)} | ${row.healthMax.toFixed(1)} | ${row.busy} |`,
    end,
  ].join('\n');
  const a = report.indexOf(start);
  const b = report.indexOf(end);
  if (a >= 0 && b > a) return `${report.slice(0, a)}${section}${report.slice(b + end.length)}`;
  return `${report.trimEnd()}\n\n${section}\n`;
}
