import type { Engine, Sql } from '@tavazon/data';

/** What every route finds on the Hono context: the one database client and which engine is behind it. */
export interface AppEnv {
  Variables: {
    sql: Sql;
    engine: Engine;
  };
}
