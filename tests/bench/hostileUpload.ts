// Hostile uploads under `pnpm bench --part hostile`: while the server reads a 10 MB upload built to be
// expensive, a probe asks /api/health every 10 ms. The longest health answer is the longest the event
// loop was blocked (plus a loopback round trip); the memory peak is the server process's VmHWM (worker
// threads included) above its idle resident size. Targets (issue 13): ≤ 100 ms, ≤ 300 MB.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Sql } from '@tavazon/data';
import { createUser } from '../../server/src/users/createUser.ts';
import { writeZip } from '../../server/src/zip/zip.ts';
import { percentile } from './loadGenerator.ts';

const username = 'bench-hostile';
const password = 'synthetic-benchmark-password';
export const hostileTargets = { blockMs: 100, memoryMb: 300 };

export async function prepareHostileBench(sql: Sql) {
  await sql`DELETE FROM app_user WHERE username = ${username}`;
  await createUser(sql, { username, role: 'admin', provinces: [], password });
}

const rss = (pid: number, which: 'VmRSS' | 'VmHWM') =>
  Number(new RegExp(`${which}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

/** The uploads: each near 10 MB on the wire or unpacking far beyond it. */
function uploads() {
  const sheet = Buffer.concat([
    Buffer.from(
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>title_fa</t></is></c></row>',
    ),
    Buffer.alloc(63 * 2 ** 20, '<row r="1048576"/>'),
    Buffer.from('</sheetData></worksheet>'),
  ]);
  const xlsx = writeZip([
    {
      name: 'xl/workbook.xml',
      data: Buffer.from('<workbook><sheets><sheet r:id="rId1"/></sheets></workbook>'),
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
  ]);
  const wide = `${'a,'.repeat(5 * 2 ** 20 - 1)}a\n`;
  // 20,000 rows (the row limit) of ~500 characters: the most a CSV may be, read and checked row by row.
  const row = (i: number) =>
    `bench ${i} ${'ت'.repeat(120)},energy,idea,35.${i % 1000},51.${i % 1000},${'x'.repeat(200)}\n`;
  const full = `title_fa,sector,status,lat,lng,description\n${Array.from({ length: 20_000 }, (_, i) => row(i)).join('')}`;
  const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return [
    { name: 'XLSX declaring 3.6 million rows', type: xlsxType, body: xlsx },
    { name: 'CSV header of 5 million columns', type: 'text/csv', body: Buffer.from(wide) },
    { name: 'CSV of 20,000 long rows (preview)', type: 'text/csv', body: Buffer.from(full) },
  ];
}

export interface HostileRow {
  name: string;
  bytes: number;
  status: number;
  seconds: number;
  blockMs: number;
  healthP50: number;
  healthP99: number;
  memoryMb: number;
  /** The server's own longest event-loop delay (perf_hooks.monitorEventLoopDelay via /metrics). */
  loopMaxMs: number;
}

/** tavazon_nodejs_eventloop_lag_max_seconds: the longest delay since the previous scrape, which resets it. */
async function loopMax(base: string) {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(/^tavazon_nodejs_eventloop_lag_max_seconds (\S+)$/m.exec(text)?.[1] ?? Number.NaN) * 1000;
}

export async function hostileBench(port: number, pid: number): Promise<HostileRow[]> {
  const base = `http://127.0.0.1:${port}`;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!login.ok) throw new Error(`bench login: ${login.status}`);
  const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('tavazon_session='))!
    .split(';')[0]!;
  const rows: HostileRow[] = [];
  for (const u of uploads()) {
    await new Promise((r) => setTimeout(r, 2000)); // settle: idle memory after the previous one
    const idle = rss(pid, 'VmRSS');
    writeFileSync(`/proc/${pid}/clear_refs`, '5'); // reset VmHWM to the current size
    const latencies: number[] = [];
    let done = false;
    const probe = (async () => {
      while (!done) {
        const t = performance.now();
        await (await fetch(`${base}/api/health`)).arrayBuffer();
        latencies.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    await loopMax(base);
    const t = performance.now();
    const res = await fetch(`${base}/api/projects/import?mode=preview`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': u.type },
      body: new Uint8Array(u.body),
    });
    await res.arrayBuffer();
    const seconds = (performance.now() - t) / 1000;
    done = true;
    await probe;
    const loopMaxMs = await loopMax(base);
    const sorted = [...latencies].sort((a, b) => a - b);
    const row = {
      name: u.name,
      bytes: u.body.length,
      status: res.status,
      seconds,
      blockMs: sorted.at(-1) ?? 0,
      healthP50: percentile(sorted, 50),
      healthP99: percentile(sorted, 99),
      memoryMb: rss(pid, 'VmHWM') - idle,
      loopMaxMs,
    };
    console.log(
      `  ${row.name}: ${row.status} in ${seconds.toFixed(1)} s, longest health ${row.blockMs.toFixed(0)} ms, event loop ${row.loopMaxMs.toFixed(0)} ms, memory +${row.memoryMb.toFixed(0)} MB`,
    );
    rows.push(row);
  }
  return rows;
}

const hostileStart = '<!-- hostile: written by pnpm bench -->';
const hostileEnd = '<!-- /hostile -->';

export interface HostileRun {
  engine: string;
  rows: HostileRow[];
}

/** The section, with one table per engine measured. */
export function replaceHostileSection(report: string, runs: HostileRun[], machine: string) {
  const ok = (pass: boolean) => (pass ? '✅' : '❌');
  const table = (rows: HostileRow[]) => [
    '| upload | MB | answer | s | event loop ms | longest health ms | health p50 / p99 ms | memory +MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${(r.bytes / 2 ** 20).toFixed(1)} | ${r.status} | ${r.seconds.toFixed(1)} | ` +
        `${r.loopMaxMs.toFixed(0)} ${ok(r.loopMaxMs <= hostileTargets.blockMs)} | ` +
        `${r.blockMs.toFixed(0)} ${ok(r.blockMs <= hostileTargets.blockMs)} | ${r.healthP50.toFixed(1)} / ${r.healthP99.toFixed(1)} | ` +
        `${r.memoryMb.toFixed(0)} ${ok(r.memoryMb <= hostileTargets.memoryMb)} |`,
    ),
  ];
  const section = [
    hostileStart,
    '## Hostile uploads',
    '',
    `Measured by \`pnpm bench --part hostile\` on ${new Date().toISOString().slice(0, 10)} (${runs.map((r) => r.engine).join(', ')}), machine: ${machine}.`,
    'Each upload is sent once as a preview import while a probe asks `/api/health` every 10 ms. "Event loop" is',
    "the server's own measure of its longest block (perf_hooks.monitorEventLoopDelay at 10 ms resolution, read",
    'from `/metrics`); "longest health" is the slowest health answer seen by the probe: the block plus a loopback',
    "round trip, the health query and the probe's own scheduling on a shared machine. Memory is the server",
    "process's peak resident size (worker threads included) above its idle size. Uploads are read on a worker",
    'thread whose pool starts with the server (docs/api.md, Import).',
    `Targets: longest block ≤ ${hostileTargets.blockMs} ms, memory ≤ ${hostileTargets.memoryMb} MB above idle.`,
    ...runs.flatMap((run) => ['', `### ${run.engine}`, '', ...table(run.rows)]),
    hostileEnd,
  ].join('\n');
  const start = report.indexOf(hostileStart);
  const end = report.indexOf(hostileEnd);
  if (start >= 0 && end > start)
    return `${report.slice(0, start)}${section}${report.slice(end + hostileEnd.length)}`;
  return `${report.trimEnd()}\n\n${section}\n`;
}
