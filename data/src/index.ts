// Public surface of @tavazon/data: the database connection, the migrator and the loaders.
export { connect, type ConnectOptions, type Database, type Engine, type Sql } from './db/connect.ts';
export { MigrationChangedError, migrate, migrationsDir } from './db/migrate.ts';
export { repoRoot } from './repoRoot.ts';
