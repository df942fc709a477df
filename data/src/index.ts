// Public surface of @tavazon/data: the database connection, the migrator and the loaders.

export { formatSummary } from './cli/format-summary.ts';
export { type ConnectOptions, connect, type Database, type Engine, type Sql } from './db/connect.ts';
export { DatabaseInUseError } from './db/lockDataDir.ts';
export { MigrationChangedError, migrate, migrationsDir } from './db/migrate.ts';
export { transaction } from './db/transaction.ts';
export {
  type Detail,
  detailForZoom,
  digitsForZoom,
  generalisationForZoom,
  generalisationLevels,
} from './load/generalisation.ts';
export { censusIndicators, type IndicatorDefinition } from './load/indicator-catalogue.ts';
export { assertLoadInputs, ensureLoaded, type LoadOptions, loadAll } from './load/load-all.ts';
export { type CsvRow, type ParsedCsv, parseCsv } from './load/parse-csv.ts';
export { countyNameKey, normalisePersianName } from './load/persian-name.ts';
export { DataDirError, defaultPgliteDir, resolveDataDir } from './load/resolve-data-dir.ts';
export type {
  Check,
  DatasetName,
  DatasetSummary,
  LoadSummary,
  RepairedGeometry,
  RowProblem,
  TableCounts,
} from './load/summary.ts';
export { repoRoot } from './repoRoot.ts';
