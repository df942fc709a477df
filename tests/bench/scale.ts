// `pnpm bench --part scale` (PostgreSQL only; issue 14, "Targets"): a million synthetic projects in the
// bench database, then in one run: no request fails, a zoom-10 project tile against the bare ST_AsMVT
// query, a zoom-6 tile's size, the county layer against itself without project counts, its throughput
// against a plain server holding the same precompressed bytes, a conditional request's 304, the map in
// Chromium against the same with the 21 real projects, and the server's memory after it all. The
// synthetic rows are deleted at the end, also when a step fails.
import type { ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Database, generalisationForZoom, repoRoot } from '@tavazon/data';
import { countyFeatures } from '../../server/src/queries/countyFeatures.ts';
import { machineDescription } from './report.ts';
import { type BrowserRun, browserRun, webHooks } from './scaleBrowser.ts';
import { deleteSynthetic, insertSynthetic, realProjectCount } from './scaleData.ts';
import { isVectorTile, pairedP50, RequestLog, rssMb, sequentialP50, timedP50 } from './scaleHttp.ts';
import { bareProjectTile, countiesWithoutCounts, realProjectToClick, tileAt } from './scaleQueries.ts';
import { type Figure, missing, renderScale, replaceScaleSection, type ScaleReport } from './scaleReport.ts';
import { drive, startPlainServer, stopChild } from './scaleThroughput.ts';

/** What run.ts already knows how to do: the database, the server in its own process, a free port. */
export interface ScaleHarness {
  prepare: () => Promise<Database>;
  startServer: (port: number) => Promise<{ child: ChildProcess }>;
  freePort: () => Promise<number>;
}

export interface ScaleOptions {
  /** Synthetic projects (default 1,000,000; BENCH_SCALE_PROJECTS). */
  projects: number;
  /** Seconds of each autocannon run. */
  seconds: number;
}

const tehran = { lng: 51.389, lat: 35.689 };
const layer = '/api/counties?set=current&zoom=5';

export async function scalePart(target: string, h: ScaleHarness, options: ScaleOptions) {
  const hooks = webHooks(join(repoRoot, 'web', 'dist'));
  const db = await h.prepare();
  const leftover = await deleteSynthetic(db.sql);
  if (leftover.rows) console.log(`  removed ${leftover.rows} synthetic projects an earlier run left`);
  const click = await realProjectToClick(db.sql);

  console.log('▶ scale: the map in Chromium with the real projects');
  const real = await withServer(h, (base) => browserRun(base, click, hooks));

  let report: ScaleReport;
  try {
    console.log(`▶ scale: generating ${options.projects.toLocaleString('en')} synthetic projects`);
    const projects = await insertSynthetic(db.sql, options.projects);
    console.log(`  ${projects.rows} rows in ${projects.totalSeconds.toFixed(1)} s`);
    const plainPort = await h.freePort();
    const measured = await withServer(h, (base, pid) =>
      measure(db, base, pid, { click, hooks, options, plainPort }),
    );
    const deleted = await deleteSynthetic(db.sql);
    report = {
      at: new Date(),
      machine: machineDescription(),
      load: loadavg(),
      projects,
      deleted,
      realProjects: await realProjectCount(db.sql),
      ...measured,
      browser: { real, scaled: measured.scaled },
      figures: [...measured.figures, ...browserFigures(real, measured.scaled, hooks)],
    };
  } finally {
    await deleteSynthetic(db.sql);
    await db.close();
  }
  console.log(`  deleted ${report.deleted.rows} synthetic projects`);
  const existing = await readFile(target, 'utf8');
  await writeFile(target, replaceScaleSection(existing, renderScale(report)));
}

async function withServer<T>(h: ScaleHarness, fn: (base: string, pid: number) => Promise<T>) {
  const port = await h.freePort();
  const { child } = await h.startServer(port);
  try {
    return await fn(`http://127.0.0.1:${port}`, child.pid!);
  } finally {
    await stopChild(child);
  }
}

const ratio = (a: number, b: number) => a / b;

async function measure(
  db: Database,
  base: string,
  pid: number,
  setup: {
    click: { lng: number; lat: number };
    hooks: { idle: boolean; panel: boolean };
    options: ScaleOptions;
    plainPort: number;
  },
) {
  const { click, hooks, options, plainPort } = setup;
  const log = new RequestLog(base);
  await log.get('/api/health');
  const idleRss = await rssMb(pid);
  const figures: Figure[] = [];
  const sizes = new Map<string, number>();
  const keep = (a: { path: string; body: Buffer }) => sizes.set(a.path, a.body.length);

  console.log('▶ scale: the county layer');
  const firstLayer = await log.get(layer);
  keep(firstLayer);
  const { p50: layerP50 } = await sequentialP50(log, layer, 3);
  const { detail, digits } = generalisationForZoom(5);
  const params = { set: 'current', detail, digits, indicator: null };
  const [withCounts, withoutCounts] = await pairedP50(
    15,
    () => countyFeatures(db.sql, params),
    () => countiesWithoutCounts(db.sql, detail, digits),
  );
  figures.push({
    name: '`counties?set=current` vs the same query without project counts',
    value: ratio(withCounts, withoutCounts),
    detail: `${withCounts.toFixed(0)} / ${withoutCounts.toFixed(0)} ms, the route's query and the bare one timed in turn, p50 of 15 each, in-process; the API answered in ${firstLayer.ms.toFixed(0)} ms first, ${layerP50.toFixed(0)} ms p50 after`,
    unit: '×',
    goal: '≤ 1.25×',
    pass: (v) => v <= 1.25,
  });

  console.log('▶ scale: the projects as the registry asks for them');
  keep(await log.get('/api/projects', {}, 90_000));

  console.log('▶ scale: project tiles');
  const centre = tileAt(tehran.lng, tehran.lat, 10);
  const tiles = [-1, 0, 1].flatMap((dx) =>
    [-1, 0, 1].map((dy) => ({ z: 10, x: centre.x + dx, y: centre.y + dy })),
  );
  const bare: number[] = [];
  const api: number[] = [];
  let tilesBuilt = true;
  for (const t of tiles) {
    await bareProjectTile(db.sql, t); // the pages in the database's cache, as for the API after it
    const answer = await log.get(`/tiles/projects/${t.z}/${t.x}/${t.y}.mvt`);
    if (!isVectorTile(answer)) tilesBuilt = false;
    api.push(answer.ms);
    bare.push(await timedP50(3, () => bareProjectTile(db.sql, t)));
  }
  const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  const centreBytes = await bareProjectTile(db.sql, centre);
  figures.push({
    name: 'a zoom-10 project tile vs the bare `ST_AsMVT` query',
    value: tilesBuilt ? ratio(med(api), med(bare)) : null,
    detail: tilesBuilt
      ? `${med(api).toFixed(0)} / ${med(bare).toFixed(0)} ms, medians over 9 tiles`
      : `bare query ${med(bare).toFixed(0)} ms (median over 9 tiles; ${(centreBytes / 1024).toFixed(0)} KB for the centre tile, unclustered)`,
    unit: '×',
    goal: '≤ 2×',
    pass: (v) => v <= 2,
  });
  const z6 = tileAt(tehran.lng, tehran.lat, 6);
  const z6Answer = await log.get(`/tiles/projects/6/${z6.x}/${z6.y}.mvt`, { 'accept-encoding': 'identity' });
  keep(z6Answer);
  figures.push({
    name: 'a zoom-6 project tile (Tehran), size',
    value: isVectorTile(z6Answer) ? z6Answer.body.length / 1024 : null,
    detail: `uncompressed; ${(gzipSync(z6Answer.body).length / 1024).toFixed(1)} KB gzipped`,
    unit: 'KB',
    goal: '≤ 50 KB',
    pass: (v) => v <= 50,
  });
  if (!isVectorTile(z6Answer)) figures.at(-1)!.detail = '';
  const countyTile = `/tiles/counties/current/6/${z6.x}/${z6.y}.mvt?indicator=population&period=1395`;
  keep(await log.get(countyTile));

  console.log('▶ scale: throughput of the repeated county layer');
  const raw = (await log.get(layer, { 'accept-encoding': 'identity' })).body;
  const apiThroughput = await drive(`${base}${layer}`, 10, options.seconds);
  const plain = await startPlainServer(raw, 'application/geo+json; charset=utf-8', plainPort);
  let plainThroughput: Awaited<ReturnType<typeof drive>>;
  try {
    plainThroughput = await drive(`http://127.0.0.1:${plainPort}${layer}`, 10, options.seconds);
  } finally {
    await stopChild(plain.child);
  }
  figures.push({
    name: 'the repeated national county layer, throughput vs a plain server with the same precompressed bytes',
    value: ratio(apiThroughput.requestsPerSecond, plainThroughput.requestsPerSecond),
    detail: `${apiThroughput.requestsPerSecond.toFixed(0)} / ${plainThroughput.requestsPerSecond.toFixed(0)} req/s, 10 connections × ${options.seconds} s, autocannon; ${(plain.packedBytes / 1024).toFixed(0)} KB brotli-11`,
    unit: '×',
    goal: '≥ 0.5×',
    pass: (v) => v >= 0.5,
  });

  const etag = firstLayer.headers.etag;
  if (typeof etag === 'string') {
    const { p50, last } = await sequentialP50(log, layer, 100, { 'if-none-match': etag });
    figures.push({
      name: 'a conditional request (`If-None-Match`) of the county layer, p50',
      value: last.status === 304 ? p50 : null,
      detail: `100 requests, answered ${last.status}`,
      unit: 'ms',
      goal: '≤ 2 ms, 304',
      pass: (v) => v <= 2,
      ...(last.status === 304 ? {} : { why: `answered ${last.status}, not 304` }),
    });
  } else {
    figures.push({
      name: 'a conditional request (`If-None-Match`) of the county layer, p50',
      value: null,
      detail: 'the layer carries no ETag',
      unit: 'ms',
      goal: '≤ 2 ms, 304',
      pass: (v) => v <= 2,
    });
  }

  console.log('▶ scale: the map in Chromium with the million');
  const scaled = await browserRun(base, click, hooks);
  await new Promise((r) => setTimeout(r, 2000));
  const afterRss = await rssMb(pid);
  figures.push({
    name: 'server memory (RSS) after the run, above idle',
    value: idleRss !== null && afterRss !== null ? afterRss - idleRss : null,
    detail: `${idleRss?.toFixed(0)} MB idle, ${afterRss?.toFixed(0)} MB after`,
    unit: 'MB',
    goal: '≤ 200 MB',
    pass: (v) => v <= 200,
    ...(afterRss === null ? { why: 'not readable from /proc' } : {}),
  });

  const expectedMissing = (path: string) => path.startsWith('/tiles/') && !tilesBuilt;
  const failures = [
    ...log.failures(expectedMissing).map((a) => `${a.path} → ${a.status || 'no answer'}`),
    ...(apiThroughput.failed ? [`${apiThroughput.failed} of the API's load-generator requests`] : []),
    ...scaled.failed.filter((f) => !(f.startsWith('/tiles/') && !tilesBuilt)).map((f) => `in Chromium: ${f}`),
  ];
  const total = log.answers.length + apiThroughput.requests;
  figures.unshift({
    name: 'no request fails',
    value: failures.length,
    detail: `${failures.length} failed of ${total.toLocaleString('en')} sent by the bench, and the browser's`,
    unit: 'failed',
    goal: '0',
    pass: (v) => v === 0,
  });
  log.close();
  const requests = log.answers
    .filter((a, i, all) => all.findIndex((b) => b.path === a.path) === i)
    .map((a) => ({ ...a, kb: sizes.has(a.path) ? sizes.get(a.path)! / 1024 : null }));
  return { figures, failures, requests, scaled };
}

function browserFigures(real: BrowserRun, scaled: BrowserRun, hooks: { idle: boolean; panel: boolean }) {
  const pair = (name: string, a: number | null, b: number | null, why?: string): Figure => ({
    name: `in Chromium: ${name}, with the million vs the 21 real projects`,
    value: a !== null && b !== null ? b / a : null,
    detail:
      a !== null && b !== null
        ? `${(b / 1000).toFixed(1)} / ${(a / 1000).toFixed(1)} s`
        : `real ${a === null ? '—' : `${(a / 1000).toFixed(1)} s`}, million ${b === null ? '—' : `${(b / 1000).toFixed(1)} s`}`,
    unit: '×',
    goal: '≤ 1.5×',
    pass: (v) => v <= 1.5,
    ...(why ? { why } : a !== null && b === null ? { why: 'not reached with the million' } : {}),
  });
  return [
    pair('projects visible', real.visibleMs, scaled.visibleMs),
    pair('a 10-step drag settling', real.dragMs, scaled.dragMs, hooks.idle ? undefined : undefined),
    pair(
      'a click opening the project panel',
      real.clickMs,
      scaled.clickMs,
      hooks.panel ? undefined : missing,
    ),
  ];
}
