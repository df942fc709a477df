// `pnpm bench`: measures the map's heaviest endpoints on both engines and the public map's load in a
// browser, and writes docs/benchmarks.md.
// Usage: pnpm bench [--engine pglite|postgres|both] [--seconds 10] [--part all|web|hostile|stability|scale]
// `--part hostile` measures only the hostile uploads (event-loop block, memory) and replaces their section.
// `--part stability` measures only the need score's rank stability (stability.ts) and replaces its section.
// `--part web` measures only the browser load (needs web/dist) and replaces that section of the report.
// `--part scale` (PostgreSQL only) measures a million synthetic projects (scale.ts) and replaces its section;
// BENCH_SCALE_PROJECTS sets another number.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
  connect,
  type Database,
  detailForZoom,
  digitsForZoom,
  ensureLoaded,
  migrate,
  repoRoot,
} from '@tavazon/data';
import { autocorrelationAnalysis } from '../../server/src/analysis/autocorrelationAnalysis.ts';
import { type CompositeParams, compositeAnalysis } from '../../server/src/analysis/compositeAnalysis.ts';
import { inequalityAnalysis } from '../../server/src/analysis/inequalityAnalysis.ts';
import { indicatorValues } from '../../server/src/indicators/indicatorValues.ts';
import { countyFeatures } from '../../server/src/queries/countyFeatures.ts';
import { projectFeatures } from '../../server/src/queries/projectFeatures.ts';
import { crosswalkTiming } from './crosswalk.ts';
import { ensureDatabase } from './ensureDatabase.ts';
import {
  type HostileRun,
  hostileBench,
  prepareHostileBench,
  replaceHostileSection,
} from './hostileUpload.ts';
import { loadGenerator, percentile } from './loadGenerator.ts';
import { cleanRegistryBench, prepareRegistryBench, registryBench } from './registry.ts';
import { type EngineReport, machineDescription, renderReport, replaceWebSection } from './report.ts';
import { scalePart } from './scale.ts';
import { replaceStabilitySection, stabilityBench } from './stability.ts';
import {
  coldLoad,
  firstLoadBudgetGzipKb,
  firstLoadJs,
  renderWeb,
  slowLink,
  type ThrottledLoad,
  throttledLoad,
} from './webLoad.ts';

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'both' },
    seconds: { type: 'string', default: '10' },
    part: { type: 'string', default: 'all' },
  },
});
const seconds = Number(args.seconds);
const engines =
  args.engine === 'both' ? (['pglite', 'postgres'] as const) : [args.engine as 'pglite' | 'postgres'];
const pgliteDir = join(repoRoot, '.data', 'bench-pglite');
const postgresUrl =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/tavazon_bench';

const topsis: CompositeParams = {
  set: 'census-1395',
  period: '1395',
  indicators: [
    'population',
    'unemployment_rate',
    'female_unemployment_rate',
    'higher_education_share',
    'dependency_ratio',
    'youth_share',
  ],
  weights: 'entropy',
  normalisation: 'minmax',
  method: 'topsis',
  polarities: { population: 'higher_better', youth_share: 'higher_better' },
};

/**
 * The endpoints measured, each with the query the route sends (called here straight on the database);
 * for the analyses, "bare" is the whole analysis function in-process (SQL and statistics), target ≤ 150 ms at the API.
 */
interface BenchCase {
  name: string;
  path: string;
  init?: { method: string; headers: Record<string, string>; body: string };
  bare: (db: Database) => Promise<unknown>;
  budgetGzipKb: number | undefined;
}

const cases: BenchCase[] = [
  {
    name: 'all 478 counties, overview (zoom 5)',
    path: '/api/counties?set=current&zoom=5',
    bare: (db: Database) =>
      countyFeatures(db.sql, {
        set: 'current',
        detail: detailForZoom(5),
        digits: digitsForZoom(5),
        indicator: null,
      }),
    budgetGzipKb: 300,
  },
  {
    name: "one province's counties, detail (Kerman, zoom 7)",
    path: '/api/counties?set=current&province=IR-08&zoom=7',
    bare: (db: Database) =>
      countyFeatures(db.sql, {
        set: 'current',
        province: 'IR-08',
        detail: detailForZoom(7),
        digits: digitsForZoom(7),
        indicator: null,
      }),
    budgetGzipKb: 60,
  },
  {
    name: 'all driver projects',
    path: '/api/projects',
    bare: (db: Database) => projectFeatures(db.sql, {}),
    budgetGzipKb: undefined,
  },
  ...(['1395', '1390'] as const).map((period) => ({
    name: `population values, 478 current counties, period ${period}`,
    path: `/api/indicators/population/values?set=current&period=${period}`,
    bare: (db: Database) => indicatorValues(db.sql, { code: 'population', period }, 'current', undefined),
    budgetGzipKb: undefined,
  })),
  {
    name: "Moran's I + LISA, 999 permutations, 429 census counties",
    path: '/api/analysis/autocorrelation?indicator=unemployment_rate&set=census-1395&period=1395',
    bare: (db: Database) =>
      autocorrelationAnalysis(db.sql, {
        indicator: 'unemployment_rate',
        period: '1395',
        set: 'census-1395',
        contiguity: 'queen',
        permutations: 999,
        seed: 12345,
        significance: 0.05,
      }),
    budgetGzipKb: undefined,
  },
  {
    name: 'inequality figures, 429 census counties by province',
    path: '/api/analysis/inequality?indicator=unemployment_rate&set=census-1395&period=1395&weight=population',
    bare: (db: Database) =>
      inequalityAnalysis(db.sql, {
        indicator: 'unemployment_rate',
        period: '1395',
        set: 'census-1395',
        weight: 'population',
      }),
    budgetGzipKb: undefined,
  },
  {
    name: 'TOPSIS over six indicators, 429 census counties',
    path: '/api/analysis/composite',
    init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(topsis) },
    bare: (db: Database) => compositeAnalysis(db.sql, topsis),
    budgetGzipKb: undefined,
  },
];

async function freePort() {
  return new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function prepare(engine: 'pglite' | 'postgres') {
  if (engine === 'postgres') await ensureDatabase(postgresUrl);
  const db = await connect(engine === 'pglite' ? { dataDir: pgliteDir } : { url: postgresUrl });
  await migrate(db.sql);
  await ensureLoaded(db.sql, { log: (m: string) => console.log(`  ${m}`) });
  return db;
}

async function bareTimings(db: Database) {
  const out: Record<string, { p50: number; p95: number }> = {};
  for (const c of cases) {
    for (let i = 0; i < 5; i++) await c.bare(db); // warm caches
    const times: number[] = [];
    const end = performance.now() + seconds * 500;
    while (performance.now() < end || times.length < 20) {
      const t0 = performance.now();
      await c.bare(db);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    out[c.path] = { p50: percentile(times, 50), p95: percentile(times, 95) };
  }
  return out;
}

async function startServer(engine: 'pglite' | 'postgres', port: number) {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1' };
  if (engine === 'pglite') {
    delete env.DATABASE_URL;
    env.TAVAZON_PGLITE_DIR = pgliteDir;
  } else env.DATABASE_URL = postgresUrl;
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'server/src/main.ts')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Drained, not read: the server writes a log line per request synchronously to this pipe, and a pipe
  // nobody reads fills up and then stops the server's event loop (it did, during the hostile uploads).
  child.stdout?.resume();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, startSeconds: (performance.now() - t0) / 1000 };
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** The public map in Chromium, served by the real server (embedded database) from web/dist. */
async function webBench(): Promise<string[]> {
  const js = firstLoadJs(join(repoRoot, 'web', 'dist'));
  const pass = js.gzipBytes <= firstLoadBudgetGzipKb * 1024;
  console.log(
    `▶ web: first-load JavaScript ${(js.rawBytes / 1024).toFixed(1)} KB raw, ${(js.gzipBytes / 1024).toFixed(1)} KB gzipped: ` +
      `${pass ? 'pass' : 'FAIL'} (target ≤ ${firstLoadBudgetGzipKb} KB)`,
  );
  const db = await prepare('pglite');
  await db.close();
  const port = await freePort();
  const { child } = await startServer('pglite', port);
  try {
    const cold = await coldLoad(`http://127.0.0.1:${port}/`);
    console.log(`▶ web: cold load ${(cold.bytes / 1024).toFixed(1)} KB in ${cold.requests} requests`);
    const throttled: ThrottledLoad[] = [];
    for (let run = 0; run < slowLink.runs; run++) {
      const load = await throttledLoad(`http://127.0.0.1:${port}/`);
      console.log(
        `▶ web: slow link run ${run + 1}: skeleton ${(load.firstPaintMs / 1000).toFixed(1)} s, last byte ${(load.lastByteMs / 1000).toFixed(1)} s, counties ${(load.drawnMs / 1000).toFixed(1)} s, complete ${(load.readyMs / 1000).toFixed(1)} s`,
      );
      throttled.push(load);
    }
    return renderWeb(js, cold, throttled, loadavg());
  } finally {
    await stop(child);
  }
}

/** Hostile uploads against the server on each engine asked for (hostileUpload.ts). */
async function hostilePart(target: string) {
  const runs: HostileRun[] = [];
  for (const engine of engines) {
    const db = await prepare(engine);
    await prepareHostileBench(db.sql);
    await db.close();
    const port = await freePort();
    const { child } = await startServer(engine, port);
    try {
      console.log(`▶ ${engine}: hostile uploads`);
      runs.push({ engine, rows: await hostileBench(port, child.pid!) });
    } finally {
      await stop(child);
    }
  }
  const existing = await readFile(target, 'utf8');
  await writeFile(target, replaceHostileSection(existing, runs, machineDescription()));
}

/** The need score's rank stability against the server on the first engine asked for (stability.ts). */
async function stabilityPart(target: string) {
  const engine = engines[0]!;
  const db = await prepare(engine);
  await db.close();
  const port = await freePort();
  const { child } = await startServer(engine, port);
  try {
    console.log(`▶ ${engine}: rank stability`);
    const row = await stabilityBench(port);
    console.log(
      `  p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms, health max ${row.healthMax.toFixed(1)} ms`,
    );
    const existing = await readFile(target, 'utf8');
    await writeFile(target, replaceStabilitySection(existing, row, machineDescription(), engine));
  } finally {
    await stop(child);
  }
}

/** A million synthetic projects on PostgreSQL (scale.ts); PGlite is not what a million projects would run on. */
async function scaleRun(target: string) {
  await scalePart(
    target,
    {
      prepare: () => prepare('postgres'),
      startServer: (port) => startServer('postgres', port),
      freePort,
    },
    { projects: Number(process.env.BENCH_SCALE_PROJECTS ?? 1_000_000), seconds: Math.min(seconds, 5) },
  );
}

async function main() {
  const target = join(repoRoot, 'docs', 'benchmarks.md');
  if (args.part === 'scale') {
    await scaleRun(target);
    console.log(`wrote ${target}`);
    return;
  }
  if (args.part === 'stability') {
    await stabilityPart(target);
    console.log(`wrote ${target}`);
    return;
  }
  if (args.part === 'hostile') {
    await hostilePart(target);
    console.log(`wrote ${target}`);
    return;
  }
  if (args.part === 'web') {
    const web = await webBench();
    const existing = await readFile(target, 'utf8');
    await writeFile(target, replaceWebSection(existing, web, machineDescription()));
    console.log(`wrote ${target}`);
    return;
  }
  const reports: EngineReport[] = [];
  for (const engine of engines) {
    console.log(`▶ ${engine}: preparing the database`);
    const db = await prepare(engine);
    console.log(`▶ ${engine}: rebuilding the crosswalk census-1395 → current`);
    const crosswalk = await crosswalkTiming(db);
    const bare = await bareTimings(db);
    const benchAccounts = await prepareRegistryBench(db.sql);
    await db.close();
    const port = await freePort();
    console.log(`▶ ${engine}: starting the server`);
    const { child, startSeconds } = await startServer(engine, port);
    const rows = [];
    for (const c of cases) {
      const url = `http://127.0.0.1:${port}${c.path}`;
      const headers = { ...c.init?.headers, 'accept-encoding': 'identity' };
      const raw = Buffer.from(await (await fetch(url, { ...c.init, headers })).arrayBuffer());
      const sequential = await loadGenerator(url, 1, seconds * 500, c.init);
      const concurrent = await loadGenerator(url, 10, seconds * 1000, c.init);
      console.log(
        `  ${c.name}: ${concurrent.requestsPerSecond.toFixed(0)} req/s, p50 ${sequential.p50.toFixed(1)} ms, p95 ${sequential.p95.toFixed(1)} ms`,
      );
      rows.push({
        name: c.name,
        path: c.path,
        rawBytes: raw.length,
        gzipBytes: gzipSync(raw).length,
        budgetGzipKb: c.budgetGzipKb,
        bare: bare[c.path]!,
        sequential,
        concurrent,
      });
    }
    console.log(`▶ ${engine}: driver-project registry under load`);
    const registry = await registryBench(port, child.pid!, benchAccounts);
    await stop(child);
    // A warm start: the database exists and is loaded; only the engine and the server start.
    const warm = await startServer(engine, port);
    await stop(warm.child);
    const cleanup = await prepare(engine);
    await cleanRegistryBench(cleanup.sql);
    await cleanup.close();
    reports.push({
      engine,
      firstStartSeconds: startSeconds,
      warmStartSeconds: warm.startSeconds,
      crosswalk,
      rows,
      registry,
    });
  }

  const web = await webBench();
  await writeFile(target, renderReport(reports, machineDescription(), seconds, web));
  await hostilePart(target);
  await stabilityPart(target);
  if (engines.includes('postgres')) await scaleRun(target);
  console.log(`wrote ${target}`);
}

main().catch((err: Error) => {
  // A benchmark that cannot run says why in one line; the stack helps nobody here.
  console.error(`bench: ${err.message}`);
  process.exit(1);
});
