// The driver-project registry under load, for `pnpm bench`: 200 anonymous readers and 10 signed-in
// editors against the server run.ts started (loopback only, bounded in time), then an import of 10,000
// generated rows. Every row it makes is synthetic (titles and source say so), made by bench-* accounts
// and deleted afterwards, so the bench database keeps only the real data.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Sql } from '@tavazon/data';
import { createUser } from '../../server/src/users/createUser.ts';
import { percentile } from './loadGenerator.ts';

const readers = 200;
const editors = 10;
const projects = 20;
const importRows = 10_000;
const seconds = Number(process.env.BENCH_REGISTRY_SECONDS ?? 60);
const password = 'synthetic-benchmark-password';
const synthetic = 'synthetic benchmark data (not real)';

export interface RegistryReport {
  seconds: number;
  reads: {
    requests: number;
    errors: number;
    requestsPerSecond: number;
    p50: number;
    p95: number;
    max: number;
  };
  edits: { acknowledged: number; conflicts: number; errors: number; lost: number; p50: number; p95: number };
  import: {
    rows: number;
    previewSeconds: number;
    commitSeconds: number;
    rssBeforeMb: number | null;
    peakRssMb: number | null;
  };
}

/** Removes whatever an earlier (perhaps interrupted) run left, then makes the bench accounts. */
export async function prepareRegistryBench(sql: Sql) {
  await cleanRegistryBench(sql);
  const names = ['bench-admin', ...Array.from({ length: editors }, (_, i) => `bench-editor-${i}`)];
  for (const [i, username] of names.entries()) {
    await createUser(sql, { username, role: i === 0 ? 'admin' : 'planner', password });
  }
  return names;
}

export async function cleanRegistryBench(sql: Sql) {
  await sql`DELETE FROM project WHERE created_by IN (SELECT id FROM app_user WHERE username LIKE 'bench-%')`;
  await sql`DELETE FROM project_progress WHERE created_by IN (SELECT id FROM app_user WHERE username LIKE 'bench-%')`;
  await sql`DELETE FROM app_user WHERE username LIKE 'bench-%'`;
  await sql`DELETE FROM login_attempt WHERE username LIKE 'bench-%'`;
}

interface Session {
  cookie: string;
  csrf: string;
}

async function login(base: string, username: string): Promise<Session> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`bench login ${username}: ${res.status}`);
  const body = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('tavazon_session='))!
    .split(';')[0]!;
  return { cookie, csrf: body.csrfToken };
}

const send = (
  base: string,
  s: Session,
  method: string,
  path: string,
  body?: unknown,
  type = 'application/json',
) =>
  fetch(`${base}${path}`, {
    method,
    headers: {
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      ...(body !== undefined ? { 'content-type': type } : {}),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });

/** Peak resident memory of a process (Linux), in MB; `reset` starts a new peak. */
function peakRss(pid: number, reset = false): number | null {
  try {
    if (reset) writeFileSync(`/proc/${pid}/clear_refs`, '5');
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

export async function registryBench(
  port: number,
  serverPid: number,
  accounts: string[],
): Promise<RegistryReport> {
  const base = `http://127.0.0.1:${port}`;
  const admin = await login(base, accounts[0]!);
  const ids: number[] = [];
  for (let i = 0; i < projects; i++) {
    const res = await send(base, admin, 'POST', '/api/projects', {
      title_fa: `[synthetic bench] پروژه آزمایشی ${i}`,
      sector: 'energy',
      location: { lng: 51.389 + i * 0.001, lat: 35.689 },
      published: true,
      source_document: synthetic,
    });
    ids.push(((await res.json()) as { id: number }).id);
  }
  const sessions = await Promise.all(accounts.slice(1).map((u) => login(base, u)));

  const end = performance.now() + seconds * 1000;
  const readTimes: number[] = [];
  let readErrors = 0;
  const reader = async (n: number) => {
    for (let i = n; performance.now() < end; i++) {
      const id = ids[i % ids.length];
      const path =
        i % 3 === 0 ? '/api/projects' : i % 3 === 1 ? `/api/projects/${id}` : `/api/projects/${id}/timeline`;
      const t0 = performance.now();
      try {
        const res = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'gzip' } });
        await res.arrayBuffer();
        if (!res.ok) readErrors += 1;
      } catch {
        readErrors += 1;
      }
      readTimes.push(performance.now() - t0);
    }
  };
  const acknowledged: { id: number; version: number; note: string }[] = [];
  const editTimes: number[] = [];
  let conflicts = 0;
  let editErrors = 0;
  const editor = async (s: Session, e: number) => {
    for (let n = 0; performance.now() < end; n++) {
      const id = ids[Math.floor(Math.random() * ids.length)]!;
      try {
        const current = (await (await send(base, s, 'GET', `/api/projects/${id}`)).json()) as {
          properties: { version: number };
        };
        const note = `bench edit ${e}-${n}`;
        const t0 = performance.now();
        const res = await send(base, s, 'PATCH', `/api/projects/${id}`, {
          version: current.properties.version,
          progress: Math.floor(Math.random() * 101),
          title_en: `synthetic ${e}-${n}`,
          note,
        });
        editTimes.push(performance.now() - t0);
        const body = (await res.json()) as { properties: { version: number } };
        if (res.status === 200) acknowledged.push({ id, version: body.properties.version, note });
        else if (res.status === 409)
          conflicts += 1; // someone else's edit came first: expected, nothing lost
        else editErrors += 1;
      } catch {
        editErrors += 1;
      }
    }
  };
  const started = performance.now();
  await Promise.all([
    ...Array.from({ length: readers }, (_, i) => reader(i)),
    ...sessions.map((s, e) => editor(s, e)),
  ]);
  const elapsed = (performance.now() - started) / 1000;

  // Every acknowledged edit must be in the history, under the version the server answered with.
  let lost = 0;
  for (const id of ids) {
    const timeline = (await (await send(base, admin, 'GET', `/api/projects/${id}/timeline`)).json()) as {
      events: { kind: string; version?: number; note?: string }[];
    };
    const recorded = new Set(
      timeline.events.filter((e) => e.kind === 'history').map((e) => `${e.version}|${e.note}`),
    );
    lost += acknowledged.filter((a) => a.id === id && !recorded.has(`${a.version}|${a.note}`)).length;
  }

  // 10,000 rows at the label points of the current counties (points inside them), a few dates Solar Hijri.
  const counties = (await (await fetch(`${base}/api/counties?set=current&zoom=0`)).json()) as {
    features: { properties: { label: [number, number] } }[];
  };
  const statuses = ['idea', 'study', 'approved', 'execution'];
  const lines = ['title_fa,title_en,sector,status,lat,lng,start_date,progress,source_document'];
  for (let i = 0; i < importRows; i++) {
    const [lng, lat] = counties.features[i % counties.features.length]!.properties.label;
    const date = i % 2 ? `140${i % 4}/0${1 + (i % 9)}/1${i % 10}` : `202${i % 5}-0${1 + (i % 9)}-1${i % 10}`;
    lines.push(
      `[synthetic bench] ردیف ${i},Synthetic row ${i},energy,${statuses[i % 4]},${lat},${lng},${date},${i % 101},${synthetic}`,
    );
  }
  const csv = lines.join('\n');
  const rssBeforeMb = peakRss(serverPid, true);
  let t0 = performance.now();
  const preview = await send(base, admin, 'POST', '/api/projects/import?mode=preview', csv, 'text/csv');
  const previewBody = (await preview.json()) as { valid: number; problemCount: number };
  const previewSeconds = (performance.now() - t0) / 1000;
  if (previewBody.valid !== importRows)
    throw new Error(`bench import preview: ${JSON.stringify(previewBody).slice(0, 500)}`);
  t0 = performance.now();
  const commit = await send(base, admin, 'POST', '/api/projects/import?mode=commit', csv, 'text/csv');
  const commitBody = (await commit.json()) as { imported: number };
  const commitSeconds = (performance.now() - t0) / 1000;
  if (commitBody.imported !== importRows) throw new Error(`bench import commit: ${commit.status}`);
  const peakRssMb = peakRss(serverPid);

  readTimes.sort((a, b) => a - b);
  editTimes.sort((a, b) => a - b);
  return {
    seconds,
    reads: {
      requests: readTimes.length,
      errors: readErrors,
      requestsPerSecond: readTimes.length / elapsed,
      p50: percentile(readTimes, 50),
      p95: percentile(readTimes, 95),
      max: readTimes.at(-1) ?? Number.NaN,
    },
    edits: {
      acknowledged: acknowledged.length,
      conflicts,
      errors: editErrors,
      lost,
      p50: percentile(editTimes, 50),
      p95: percentile(editTimes, 95),
    },
    import: { rows: importRows, previewSeconds, commitSeconds, rssBeforeMb, peakRssMb },
  };
}

/** The registry section of docs/benchmarks.md. */
export function renderRegistry(engine: string, r: RegistryReport): string[] {
  const f = (n: number | null, d = 1) => (n === null || Number.isNaN(n) ? 'n/a' : n.toFixed(d));
  return [
    `### Driver-project registry (${engine})`,
    '',
    `${readers} anonymous clients reading (the list, one project, its timeline) while ${editors} signed-in editors`,
    `edit ${projects} shared synthetic projects (read, then PATCH with the version read) for ${r.seconds} s; then an import`,
    `of ${r.import.rows.toLocaleString('en')} generated rows. Synthetic rows are deleted afterwards.`,
    '',
    '| measure | value |',
    '| --- | ---: |',
    `| reads | ${r.reads.requests} (${f(r.reads.requestsPerSecond, 0)} req/s), errors ${r.reads.errors} ${r.reads.errors === 0 ? '✅' : '❌'} |`,
    `| read latency p50 / p95 / max | ${f(r.reads.p50)} / ${f(r.reads.p95)} / ${f(r.reads.max)} ms |`,
    `| acknowledged edits | ${r.edits.acknowledged} |`,
    `| stale edits refused with 409 (expected, nothing written) | ${r.edits.conflicts} |`,
    `| edit errors | ${r.edits.errors} ${r.edits.errors === 0 ? '✅' : '❌'} |`,
    `| acknowledged edits missing from the history (lost updates) | ${r.edits.lost} ${r.edits.lost === 0 ? '✅' : '❌'} |`,
    `| edit (PATCH) latency p50 / p95 | ${f(r.edits.p50)} / ${f(r.edits.p95)} ms |`,
    `| import preview of ${r.import.rows} rows | ${f(r.import.previewSeconds, 2)} s |`,
    `| import commit of ${r.import.rows} rows (one transaction) | ${f(r.import.commitSeconds, 2)} s |`,
    `| server memory before the import / peak during it (RSS) | ${f(r.import.rssBeforeMb, 0)} / ${f(r.import.peakRssMb, 0)} MB |`,
    '',
  ];
}
