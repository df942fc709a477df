// The "A million projects" section of docs/benchmarks.md, written by `pnpm bench --part scale` (and by
// the full run on PostgreSQL). A figure whose endpoint or hook this build lacks reads "missing (not
// built)" and counts as neither pass nor fail.
import { availableParallelism } from 'node:os';
import type { BrowserRun } from './scaleBrowser.ts';

export const missing = 'missing (not built)';

/** A measured figure against its target; `value` null: not measured (`why` says why). */
export interface Figure {
  name: string;
  value: number | null;
  /** How the value reads, e.g. "312 / 160 ms". */
  detail: string;
  unit: string;
  goal: string;
  pass: (v: number) => boolean;
  why?: string;
}

export interface ScaleReport {
  at: Date;
  machine: string;
  load: number[];
  projects: { rows: number; insertSeconds: number; totalSeconds: number };
  deleted: { rows: number; seconds: number };
  realProjects: number;
  figures: Figure[];
  requests: { path: string; status: number; ms: number; kb: number | null }[];
  failures: string[];
  browser: { real: BrowserRun; scaled: BrowserRun };
}

const fmt = (v: number, digits = 1) => v.toFixed(digits);

function verdict(f: Figure) {
  // Not built: neither pass nor fail. Built but not reached (the projects never arrived): a failure.
  if (f.value === null) return (f.why ?? missing) === missing ? '—' : '❌';
  return f.pass(f.value) ? '✅' : '❌';
}

function figureRow(f: Figure) {
  const measured =
    f.value === null
      ? `${f.why ?? missing}${f.detail ? `; ${f.detail}` : ''}`
      : `**${fmt(f.value, f.unit === '×' ? 2 : f.unit === 'failed' ? 0 : 1)}${f.unit === '×' ? '×' : ` ${f.unit}`}** (${f.detail})`;
  return `| ${f.name} | ${measured} | ${f.goal} | ${verdict(f)} |`;
}

const seconds = (ms: number | null) => (ms === null ? '—' : `${fmt(ms / 1000)} s`);

export function renderScale(r: ScaleReport): string[] {
  const time = r.at.toISOString();
  const notBuilt = r.figures.filter((f) => f.value === null && (f.why ?? missing) === missing);
  return [
    '## A million projects (PostgreSQL)',
    '',
    `Measured by \`pnpm bench --part scale\` on ${time.slice(0, 10)} at ${time.slice(11, 16)} UTC, machine: ${r.machine};`,
    `load average ${r.load.map((l) => fmt(l)).join(' / ')} (1 / 5 / 15 min) on ${availableParallelism()} cores, so every time includes waiting for a core.`,
    `${r.projects.rows.toLocaleString('en')} synthetic projects were generated in the bench database in ${fmt(r.projects.totalSeconds)} s (one INSERT … SELECT, the`,
    "table's indexes rebuilt, VACUUM ANALYZE): points from ST_GeneratePoints inside the 478 current counties, as many per county as its share of the",
    'population, every status and sector, one in twenty unpublished; each titled `[synthetic bench] …` with the source key',
    '`synthetic-bench:…` and the source "synthetic benchmark data (not real)". They were deleted afterwards',
    `(${r.deleted.rows.toLocaleString('en')} rows, ${fmt(r.deleted.seconds)} s); the database kept its ${r.realProjects} real projects.`,
    'The server runs in its own process on loopback; "bare" is SQL sent straight to the database by postgres.js. A tile',
    'is timed on its first request (nothing cached for it yet; 3 × 3 tiles at zoom 10 over Tehran, the densest place), and',
    'its size is the body without compression. The browser figures are headless Chromium with software WebGL, the same',
    'steps with the 21 real projects and with the million.',
    ...(notBuilt.length
      ? [
          '',
          `**${missing}** in this build (its endpoint or hook does not exist yet, so it was not measured): ${notBuilt.map((f) => f.name).join('; ')}.`,
        ]
      : []),
    '',
    '| target | measured | goal | |',
    '| --- | --- | --- | --- |',
    ...r.figures.map(figureRow),
    '',
    '| in Chromium | 21 real projects | with the million | how the projects came |',
    '| --- | ---: | ---: | --- |',
    `| projects visible after navigation | ${seconds(r.browser.real.visibleMs)} | ${seconds(r.browser.scaled.visibleMs)} | ${r.browser.real.projectsBy} / ${r.browser.scaled.projectsBy} |`,
    `| a 10-step drag settled | ${seconds(r.browser.real.dragMs)} | ${seconds(r.browser.scaled.dragMs)} | |`,
    `| a click to the project panel | ${seconds(r.browser.real.clickMs)} | ${seconds(r.browser.scaled.clickMs)} | |`,
    ...[
      ...new Set([...r.browser.real.notes, ...r.browser.scaled.notes.map((n) => `with the million: ${n}`)]),
    ].map((n) => `\nNote: ${n}.`),
    '',
    'Requests the part sent itself (the load generators and the browser are counted in the first target):',
    '',
    '| request | status | ms | KB as sent |',
    '| --- | ---: | ---: | ---: |',
    ...r.requests.map(
      (q) =>
        `| \`${q.path}\` | ${q.status || 'no answer'} | ${fmt(q.ms)} | ${q.kb === null ? '' : fmt(q.kb)} |`,
    ),
    ...(r.failures.length ? ['', `Failed: ${r.failures.join('; ')}.`] : []),
  ];
}

const start = '<!-- scale: written by pnpm bench -->';
const end = '<!-- /scale -->';

export function replaceScaleSection(report: string, section: string[]) {
  const text = [start, ...section, end].join('\n');
  const a = report.indexOf(start);
  const b = report.indexOf(end);
  if (a >= 0 && b > a) return `${report.slice(0, a)}${text}${report.slice(b + end.length)}`;
  return `${report.trimEnd()}\n\n${text}\n`;
}
