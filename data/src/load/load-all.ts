import type { Sql } from '../db/connect.ts';
import { loadCensusBoundaries } from './load-census-boundaries.ts';
import { loadCrosswalk } from './load-crosswalk.ts';
import { loadCurrent } from './load-current.ts';
import { loadIndicators } from './load-indicators.ts';
import { loadProjects } from './load-projects.ts';
import { loadRegions } from './load-regions.ts';
import { refreshBoundarySetNames } from './refresh-set-names.ts';
import { assertInputFiles, type InputFile, resolveDataDir } from './resolve-data-dir.ts';
import {
  type DatasetName,
  DatasetReport,
  type DatasetSummary,
  datasetNames,
  type LoadSummary,
} from './summary.ts';

export interface LoadOptions {
  /** The Iran data folder; default `resolveDataDir()` (TAVAZON_DATA_DIR, else ../shared/data/iran). */
  dataDir?: string;
  /** Progress lines, e.g. `console.log`; silent by default. */
  log?: (line: string) => void;
  /** Load only these datasets (in the canonical order whatever the order given). Default: all. */
  only?: readonly DatasetName[];
  /** Rebuild the generalised geometry even if the boundaries did not change (after retuning the levels). */
  regeneralise?: boolean;
}

const needs: Record<DatasetName, InputFile[]> = {
  current: ['provinces', 'counties'],
  census: ['censusShapes', 'censusShapeAttributes', 'population', 'provinces'],
  indicators: ['population', 'labour', 'population2011'],
  crosswalk: ['population', 'labour', 'population2011'],
  projects: ['projects'],
  regions: [],
};

// What a dataset reads from the database: if that dataset failed in this run, there is no point trying.
const dependsOn: Partial<Record<DatasetName, DatasetName[]>> = {
  indicators: ['census'],
  crosswalk: ['current', 'census', 'indicators'],
  projects: ['current'],
  regions: ['census'],
};

/**
 * Loads the reference data into a migrated database: each dataset in its own transaction, so a failure
 * leaves that dataset's previous data intact and is reported (`status: 'failed'`) rather than thrown.
 * Idempotent: a second run changes nothing and reports every row as unchanged. Throws only
 * `DataDirError` (missing folder or file), before anything is written.
 */
export async function loadAll(sql: Sql, options: LoadOptions = {}): Promise<LoadSummary> {
  const started = performance.now();
  const { dataDir, selected } = await assertLoadInputs(options);
  const log = options.log ?? (() => {});
  const generalise = { regeneralise: options.regeneralise ?? false };
  const run: Record<DatasetName, (r: DatasetReport) => Promise<void>> = {
    current: (r) => loadCurrent(sql, dataDir, r, generalise),
    census: (r) => loadCensusBoundaries(sql, dataDir, r, generalise),
    indicators: (r) => loadIndicators(sql, dataDir, r),
    crosswalk: (r) => loadCrosswalk(sql, dataDir, r),
    projects: (r) => loadProjects(sql, dataDir, r),
    regions: (r) => loadRegions(sql, r),
  };

  const datasets: DatasetSummary[] = [];
  for (const name of selected) {
    const report = new DatasetReport(name);
    const dependency = dependsOn[name]?.find(
      (dep) => datasets.find((d) => d.dataset === dep)?.status === 'failed',
    );
    if (dependency) {
      datasets.push({
        ...report.finish(),
        status: 'skipped',
        error: `not loaded because ${dependency} failed`,
      });
      log(`${name}: skipped (${dependency} failed)`);
      continue;
    }
    log(`${name}: loading…`);
    try {
      await run[name](report);
      const summary = report.finish();
      datasets.push(summary);
      log(`${name}: ${summary.status} (${summary.ms} ms)`);
    } catch (error) {
      const summary = report.finish(describeError(error));
      datasets.push(summary);
      log(`${name}: FAILED, rolled back: ${summary.error}`);
    }
  }
  // Fresh rows have no planner statistics yet (PGlite never autovacuums): without them every estimate is one row.
  if (datasets.some((d) => d.status === 'changed')) await sql`ANALYZE`;
  return {
    dataDir,
    datasets,
    changed: datasets.some((d) => d.status === 'changed'),
    failed: datasets.some((d) => d.status === 'failed' || d.status === 'skipped'),
    ms: Math.round(performance.now() - started),
  };
}

/**
 * Resolves the data folder and checks that every file the selected datasets read is there, throwing
 * `DataDirError` otherwise; the CLI calls it before it opens the database.
 */
export async function assertLoadInputs(options: Pick<LoadOptions, 'dataDir' | 'only'> = {}) {
  const dataDir = resolveDataDir(options.dataDir);
  const selected = datasetNames.filter((d) => !options.only || options.only.includes(d));
  await assertInputFiles(
    dataDir,
    selected.flatMap((d) => needs[d]),
  );
  return { dataDir, selected };
}

/**
 * Loads everything if the database holds no boundary set yet (a fresh database on the server's first
 * start); returns the summary, or `null` if there was already data (whose boundary sets' names it brings up to
 * date). Expects a migrated database.
 */
export async function ensureLoaded(sql: Sql, options: LoadOptions = {}): Promise<LoadSummary | null> {
  const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM boundary_set`;
  if ((row?.n ?? 0) === 0) return loadAll(sql, options);
  await refreshBoundarySetNames(sql);
  return null;
}

/** One line for the user: the message, and PostgreSQL's detail when it has one; never a stack. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const pg = error as Error & { detail?: string; hint?: string };
  return [error.message, pg.detail, pg.hint].filter(Boolean).join(' — ');
}
