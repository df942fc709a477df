import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Request } from 'playwright-core';

/** The public map's first load: what index.html makes the browser fetch before anything runs. */
export interface FirstLoadJs {
  files: { path: string; rawBytes: number; gzipBytes: number }[];
  rawBytes: number;
  gzipBytes: number;
}

/** Everything a cold visit downloads until the counties are drawn. */
export interface ColdLoad {
  /** Bytes as they came over the wire (compressed where the server compressed), per kind of resource. */
  byKind: Record<string, { requests: number; bytes: number }>;
  requests: number;
  bytes: number;
  /** From navigation to the map reporting the counties drawn (software WebGL, so slow in absolute terms). */
  readyMs: number;
}

export const firstLoadBudgetGzipKb = 300;

/** A slow phone link (issue 12): what the throttled cold load emulates, and its target. */
export const slowLink = {
  downKbitPerSecond: 1600,
  upKbitPerSecond: 750,
  latencyMs: 150,
  /**
   * CPU left unthrottled: this machine draws WebGL in software (SwiftShader) on the same CPU, which a
   * phone does on its GPU; slowing the CPU would slow that emulated GPU too and measure no real phone.
   */
  cpuSlowdown: 1,
  viewport: { width: 390, height: 844 },
  targetSeconds: 6,
  runs: 3,
};

/**
 * One throttled cold load: when the skeleton was painted, when the counties were drawn (coloured, by
 * MapLibre), and when the map was complete (deck.gl's markers and outlines too, interactive).
 */
export interface ThrottledLoad {
  firstPaintMs: number;
  /** When the last response that arrived before the counties were drawn ended: the network's share. */
  lastByteMs: number;
  drawnMs: number;
  readyMs: number;
}

/**
 * The JavaScript index.html loads before any interaction: its module script and its modulepreloads, read
 * from web/dist, each gzipped at level 9. Chunks loaded later on demand (the map engine, editors) are not
 * part of it; the cold load below counts them.
 */
export function firstLoadJs(dist: string): FirstLoadJs {
  const indexPath = join(dist, 'index.html');
  if (!existsSync(indexPath))
    throw new Error(`${indexPath} is missing: run \`pnpm --filter @tavazon/web build\` first`);
  const html = readFileSync(indexPath, 'utf8');
  const paths = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    if (src && /\btype="module"/.test(tag)) paths.add(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\brel="modulepreload"/.test(tag)) paths.add(href);
  }
  const files = [...paths].map((path) => {
    const body = readFileSync(join(dist, path.replace(/^\//, '')));
    return { path, rawBytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
  });
  return {
    files,
    rawBytes: files.reduce((s, f) => s + f.rawBytes, 0),
    gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
  };
}

function kindOf(request: Request): string {
  const url = new URL(request.url());
  if (url.pathname.startsWith('/api/')) return 'API';
  if (/\.m?js$/.test(url.pathname)) return 'JavaScript';
  if (url.pathname.endsWith('.css')) return 'CSS';
  if (/\.(woff2?|ttf)$/.test(url.pathname)) return 'fonts';
  if (url.pathname === '/' || url.pathname.endsWith('.html')) return 'HTML';
  return 'other';
}

/**
 * A cold visit of the public map in headless Chromium (empty cache): the encoded bytes of every response
 * that arrived until the map reports the counties drawn (`data-state=ready`, as the browser tests wait).
 */
export async function coldLoad(baseUrl: string): Promise<ColdLoad> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    const page = await context.newPage();
    const started: Request[] = [];
    page.on('request', (r) => started.push(r));
    const t0 = performance.now();
    await page.goto(baseUrl);
    await page
      .locator('[data-testid=map][data-state=ready][data-counties-set=current]')
      .waitFor({ timeout: 180_000 });
    const readyMs = performance.now() - t0;
    const byKind: ColdLoad['byKind'] = {};
    let bytes = 0;
    for (const request of started.slice()) {
      if (request.url().startsWith('data:') || request.url().startsWith('blob:')) continue;
      const response = await request.response();
      if (!response) continue;
      await response.finished();
      const size = (await request.sizes()).responseBodySize;
      const kind = kindOf(request);
      byKind[kind] ??= { requests: 0, bytes: 0 };
      byKind[kind].requests += 1;
      byKind[kind].bytes += size;
      bytes += size;
    }
    return { byKind, requests: started.length, bytes, readyMs };
  } finally {
    await browser.close();
  }
}

/**
 * A cold visit over the slow link (Chromium's own network emulation through CDP, as DevTools throttles):
 * from navigation until the map reports the counties drawn, and the first contentful paint (the skeleton
 * of index.html, drawn before any script).
 */
export async function throttledLoad(baseUrl: string): Promise<ThrottledLoad> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  try {
    const context = await browser.newContext({ viewport: slowLink.viewport });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: slowLink.latencyMs,
      downloadThroughput: (slowLink.downKbitPerSecond * 1000) / 8,
      uploadThroughput: (slowLink.upKbitPerSecond * 1000) / 8,
    });
    if (slowLink.cpuSlowdown > 1)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowLink.cpuSlowdown });
    const t0 = performance.now();
    await page.goto(baseUrl, { waitUntil: 'commit' });
    await page
      .locator('[data-testid=map][data-counties-drawn=true][data-counties-set=current]')
      .waitFor({ timeout: 180_000 });
    const drawnMs = performance.now() - t0;
    const lastByteMs = await page.evaluate((drawn) => {
      const ends = performance
        .getEntriesByType('resource')
        .map((e) => (e as PerformanceResourceTiming).responseEnd)
        .filter((end) => end <= drawn);
      return Math.max(0, ...ends);
    }, drawnMs);
    await page
      .locator('[data-testid=map][data-state=ready][data-counties-set=current]')
      .waitFor({ timeout: 180_000 });
    const readyMs = performance.now() - t0;
    const firstPaintMs = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    );
    return { firstPaintMs, lastByteMs, drawnMs, readyMs };
  } finally {
    await browser.close();
  }
}

const kb = (n: number) => (n / 1024).toFixed(1);
const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** The slow-link lines of the web section: the median of the runs against the target, and each run. */
export function renderThrottled(runs: ThrottledLoad[], loadAverage: number[]): string[] {
  const sorted = [...runs].sort((a, b) => a.drawnMs - b.drawnMs);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const pass = median.drawnMs <= slowLink.targetSeconds * 1000;
  return [
    `### Over a slow phone link`,
    '',
    `Chromium throttled through CDP (\`Network.emulateNetworkConditions\`) to ${slowLink.downKbitPerSecond / 1000} Mbit/s down,`,
    `${slowLink.upKbitPerSecond / 1000} Mbit/s up and ${slowLink.latencyMs} ms latency, an empty cache (a fresh browser), a ${slowLink.viewport.width} × ${slowLink.viewport.height} viewport; the CPU is not`,
    'throttled, because this machine draws WebGL in software on that CPU (a phone draws it on its GPU). Target:',
    `the counties drawn within ${slowLink.targetSeconds} s of navigation.`,
    '',
    `Counties drawn after **${seconds(median.drawnMs)} s** (median of ${runs.length}) ${pass ? '✅ pass' : '❌ fail'}; the loading skeleton`,
    `of index.html is painted after ${seconds(median.firstPaintMs)} s, before any script has run. The counties are first`,
    'coloured by MapLibre; deck.gl (the project markers, outlines, hover) loads after them, and the map is',
    `complete after ${seconds(median.readyMs)} s. "Last byte" is when the last response needed before the counties`,
    'were drawn arrived: what follows it is the CPU (parsing, tiling the GeoJSON, drawing in software), which a',
    `busy machine stretches: the load average was ${loadAverage.map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min) on its ${cpus().length} cores.`,
    '',
    '| run | skeleton painted s | last byte s | counties drawn s | map complete s |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...runs.map(
      (r, i) =>
        `| ${i + 1} | ${seconds(r.firstPaintMs)} | ${seconds(r.lastByteMs)} | ${seconds(r.drawnMs)} | ${seconds(r.readyMs)} |`,
    ),
    '',
  ];
}

/** The web section of docs/benchmarks.md. */
export function renderWeb(
  js: FirstLoadJs,
  cold: ColdLoad,
  throttled: ThrottledLoad[],
  loadAverage: number[],
): string[] {
  const ok = js.gzipBytes <= firstLoadBudgetGzipKb * 1024;
  const lines = [
    '## The public map in a browser',
    '',
    `Target: the JavaScript index.html loads (its module script and modulepreloads, gzip level 9) ≤ ${firstLoadBudgetGzipKb} KB.`,
    `The map engine (MapLibre GL, deck.gl) is a chunk of its own that the app requests at once, in parallel`,
    'with the data, so the header, the side panel and the API requests do not wait for it; the editors, the',
    'import dialog, the analysis tabs and the scheme editor load when opened. The cold load counts all of it.',
    'Before the split (issue 8) the app was one 2.3 MB script, 643 KB gzipped, all of it loaded first.',
    '',
    `First-load JavaScript: **${kb(js.rawBytes)} KB raw, ${kb(js.gzipBytes)} KB gzipped** ${ok ? '✅ pass' : '❌ fail'}`,
    '',
    '| file | raw KB | gzip KB |',
    '| --- | ---: | ---: |',
    ...js.files.map((f) => `| \`${f.path}\` | ${kb(f.rawBytes)} | ${kb(f.gzipBytes)} |`),
    '',
    `Cold load of \`/\` until the counties are drawn (headless Chromium, empty cache, software WebGL):`,
    `**${kb(cold.bytes)} KB** over the wire in ${cold.requests} requests, ready after ${(cold.readyMs / 1000).toFixed(1)} s`,
    '(static files count as the server sends them: compressed only if it compresses them; the MapLibre worker is',
    'part of the JavaScript).',
    '',
    '| resource | requests | KB (as sent) |',
    '| --- | ---: | ---: |',
    ...Object.entries(cold.byKind)
      .sort((a, b) => b[1].bytes - a[1].bytes)
      .map(([kind, v]) => `| ${kind} | ${v.requests} | ${kb(v.bytes)} |`),
    '',
    ...renderThrottled(throttled, loadAverage),
  ];
  return lines;
}
