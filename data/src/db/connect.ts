import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { postgis } from '@electric-sql/pglite-postgis';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import postgres from 'postgres';
import { lockDataDir } from './lockDataDir.ts';
import { oneBatchAtATime } from './oneBatchAtATime.ts';

export type Engine = 'pglite' | 'postgres';
export type Sql = postgres.Sql<Record<string, never>>;

export interface Database {
  /** The one postgres.js client every query in Tavazon goes through. */
  sql: Sql;
  engine: Engine;
  /** A URL other clients can use while this process runs (the loopback socket for PGlite). */
  url: string;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** A PostgreSQL URL (PostGIS ≥ 3.3). Unset: an embedded PGlite is started. */
  url?: string | undefined;
  /** Where the embedded database persists; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  /** Pool size for a real PostgreSQL server. */
  max?: number;
  /**
   * A real PostgreSQL server ends any statement running longer than this (ms; 0: no limit), so a stuck
   * query frees its connection instead of starving the pool. Unset: no limit (the loader's long statements).
   */
  statementTimeoutMs?: number;
}

const quiet = { onnotice: () => {} };

/**
 * How the client behaves while the database is away. postgres.js waits 30 s for a connection by default
 * and its reconnect back-off grows to 20 s, so during an outage requests hung for half a minute; these
 * bound both, and retire idle and old connections so that none outlives a restarted server for long.
 */
export const outageOptions = {
  connect_timeout: 2, // s
  idle_timeout: 60, // s
  max_lifetime: 30 * 60, // s
  // Bounded: a fixed 0.2–0.5 s between attempts, however long the outage lasted.
  backoff: () => 0.2 + Math.random() * 0.3,
} as const;

/**
 * Opens the database. Both engines are reached through postgres.js over TCP, so every query and
 * transaction behaves the same on either; only the process that owns the data differs.
 */
export async function connect(options: ConnectOptions = {}): Promise<Database> {
  if (options.url) {
    const sql = postgres(options.url, {
      max: options.max ?? 10,
      ...quiet,
      ...outageOptions,
      connection: { statement_timeout: options.statementTimeoutMs ?? 0 },
    }) as Sql;
    return { sql, engine: 'postgres', url: options.url, close: () => sql.end({ timeout: 5 }) };
  }
  const dataDir = options.dataDir ?? '.data/pglite';
  let unlock = () => {};
  if (!dataDir.startsWith('memory://')) {
    await mkdir(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  let db: PGlite;
  try {
    // pg_trgm: the portal's search ranks names by trigram similarity (migration 0013).
    db = await PGlite.create({ dataDir, extensions: { postgis, pg_trgm } });
  } catch (err) {
    unlock();
    throw err;
  }
  // The tests, the loader and the server may each hold a connection: each batch of one runs whole.
  const server = new PGLiteSocketServer({
    db: oneBatchAtATime(db),
    port: 0,
    host: '127.0.0.1',
    maxConnections: 4,
  });
  await server.start();
  // PGlite is one session: a pool of one keeps a transaction from seeing another client's statements.
  const url = `postgres://postgres@${server.getServerConn()}/postgres`;
  const sql = postgres(url, {
    max: 1,
    ...quiet,
    ...outageOptions,
  }) as Sql;
  return {
    sql,
    engine: 'pglite',
    url,
    async close() {
      await sql.end({ timeout: 5 });
      await server.stop();
      await db.close();
      unlock();
    },
  };
}
