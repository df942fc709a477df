import type { Sql } from './connect.ts';

/**
 * Runs `fn` in a transaction on a connection reserved for it, and commits, or rolls back if `fn` throws.
 *
 * Every transaction of Tavazon (migrations, loaders, request handlers) goes through here. Why not
 * `sql.begin`: postgres.js 3.4 learns which connection its BEGIN went to only if that connection could
 * take more work at that moment (pipeline not full, socket not pushing back). Under load — many queries
 * pipelined on few connections, as with PGlite's single one — it sometimes cannot, and the transaction
 * then runs with no connection and crashes the process. `sql.reserve()` waits for an idle connection.
 */
export async function transaction<T>(sql: Sql, fn: (tx: Sql) => Promise<T>): Promise<T> {
  const reserved = await sql.reserve();
  try {
    await reserved`BEGIN`;
    let result: T;
    try {
      result = await fn(reserved as unknown as Sql);
    } catch (err) {
      await reserved`ROLLBACK`.catch(() => {});
      throw err;
    }
    await reserved`COMMIT`;
    return result;
  } finally {
    reserved.release();
  }
}
