export type DatasetName = 'current' | 'census' | 'indicators' | 'crosswalk' | 'projects' | 'regions';

/**
 * In load order: census needs current (English names), the crosswalk needs both sets and the census
 * indicators, projects need current, regions need census.
 */
export const datasetNames: readonly DatasetName[] = [
  'current',
  'census',
  'indicators',
  'crosswalk',
  'projects',
  'regions',
];

export interface TableCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

/** An input row that was not loaded as given: skipped, or loaded with a part left empty. */
export interface RowProblem {
  file: string;
  /** Line in the file (header = 1); absent for rows read from a shapefile or a seed. */
  line?: number;
  /** The row's own identifier: a county code, a project title… */
  key: string;
  reason: string;
  /** Whether the row was still loaded (e.g. without an English name). */
  loaded: boolean;
}

export interface RepairedGeometry {
  code: string;
  name_fa: string | null;
  /** The validity problem PostGIS reported before the repair. */
  reason: string;
}

export interface Check {
  name: string;
  expected: string | number;
  actual: string | number;
  ok: boolean;
}

export interface DatasetSummary {
  dataset: DatasetName;
  /** `unchanged`: the database already held exactly this data; `skipped`: a dataset it needs failed. */
  status: 'changed' | 'unchanged' | 'failed' | 'skipped';
  /** Counts per table (or per part, such as `province` and `county` of `admin_unit`). */
  tables: Record<string, TableCounts>;
  repaired: RepairedGeometry[];
  unmatched: RowProblem[];
  checks: Check[];
  notes: string[];
  ms: number;
  /** Why the dataset failed; its transaction was rolled back, the previous data are intact. */
  error?: string;
}

export interface LoadSummary {
  dataDir: string;
  datasets: DatasetSummary[];
  /** Whether any dataset changed the database. */
  changed: boolean;
  /** Whether any dataset failed (the CLI exits non-zero). */
  failed: boolean;
  ms: number;
}

export const noCounts = (): TableCounts => ({ inserted: 0, updated: 0, unchanged: 0, deleted: 0 });

/** Collects what one dataset did while it loads; `finish` turns it into the summary entry. */
export class DatasetReport {
  readonly tables: Record<string, TableCounts> = {};
  readonly repaired: RepairedGeometry[] = [];
  readonly unmatched: RowProblem[] = [];
  readonly checks: Check[] = [];
  readonly notes: string[] = [];
  private readonly started = performance.now();

  constructor(readonly dataset: DatasetName) {}

  count(table: string, counts: Partial<TableCounts>): void {
    const t = this.tables[table] ?? noCounts();
    this.tables[table] = t;
    t.inserted += counts.inserted ?? 0;
    t.updated += counts.updated ?? 0;
    t.unchanged += counts.unchanged ?? 0;
    t.deleted += counts.deleted ?? 0;
  }

  problem(p: RowProblem): void {
    this.unmatched.push(p);
  }

  check(name: string, expected: string | number, actual: string | number): boolean {
    const ok = expected === actual;
    this.checks.push({ name, expected, actual, ok });
    return ok;
  }

  get changed(): boolean {
    return Object.values(this.tables).some((t) => t.inserted + t.updated + t.deleted > 0);
  }

  finish(error?: string): DatasetSummary {
    const ms = Math.round(performance.now() - this.started);
    const base = {
      dataset: this.dataset,
      tables: this.tables,
      repaired: this.repaired,
      // By file and line, so that the problems of one row read together.
      unmatched: [...this.unmatched].sort(
        (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
      ),
      checks: this.checks,
      notes: this.notes,
      ms,
    };
    // A failed dataset's transaction was rolled back: whatever it counted never reached the database.
    if (error !== undefined) return { ...base, tables: {}, status: 'failed', error };
    return { ...base, status: this.changed ? 'changed' : 'unchanged' };
  }
}
