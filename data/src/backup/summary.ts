/** What a database holds, as a backup or a restore reports it: enough to see it is the right one. */
export interface DatabaseSummary {
  /** Migrations recorded as applied, and the latest of them (null: not a Tavazon database). */
  migrations: number;
  latestMigration: string | null;
  projects: number;
  projectHistory: number;
  users: number;
  boundarySets: number;
  indicatorValues: number;
}

/** Runs one statement and returns its rows: postgres.js and PGlite are both adapted to this. */
export type Query = (text: string) => Promise<Record<string, unknown>[]>;

// Fixed text, no parameters: the same statement runs through postgres.js and PGlite's own query().
const summaryQuery = `
  SELECT (SELECT count(*)::int FROM schema_migration) AS migrations,
         (SELECT max(name) FROM schema_migration) AS latest_migration,
         (SELECT count(*)::int FROM project) AS projects,
         (SELECT count(*)::int FROM project_history) AS project_history,
         (SELECT count(*)::int FROM app_user) AS users,
         (SELECT count(*)::int FROM boundary_set) AS boundary_sets,
         (SELECT count(*)::int FROM indicator_value) AS indicator_values`;

/** The summary, or null when the database has no Tavazon schema (empty, or something else's). */
export async function summarise(query: Query): Promise<DatabaseSummary | null> {
  const [present] = await query(
    "SELECT to_regclass('public.schema_migration') IS NOT NULL AND to_regclass('public.project_history') IS NOT NULL AS ok",
  );
  if (!present?.ok) return null;
  const [row] = await query(summaryQuery);
  return {
    migrations: Number(row!.migrations),
    latestMigration: (row!.latest_migration as string | null) ?? null,
    projects: Number(row!.projects),
    projectHistory: Number(row!.project_history),
    users: Number(row!.users),
    boundarySets: Number(row!.boundary_sets),
    indicatorValues: Number(row!.indicator_values),
  };
}

export const describeSummary = (s: DatabaseSummary) =>
  `${s.projects} projects (${s.projectHistory} history rows), ${s.users} accounts, ` +
  `${s.boundarySets} boundary sets, ${s.indicatorValues} indicator values; ` +
  `${s.migrations} migrations up to ${s.latestMigration ?? 'none'}`;

/** The user's mistake or a refusal: printed as one line, without a stack. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}
