import postgres from 'postgres';

/**
 * Creates the benchmark's own database on that server if it is missing, so `pnpm bench` needs nothing
 * but a running PostgreSQL; an unreachable server ends the run with what to start.
 */
export async function ensureDatabase(url: string) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    const [row] = await sql`SELECT 1 AS ok FROM pg_database WHERE datname = ${name}`;
    if (!row) await sql`CREATE DATABASE ${sql(name)}`;
  } catch (err) {
    throw new Error(
      `cannot prepare the benchmark database ${name} at ${target.host}: ${(err as Error).message}. ` +
        'Start PostgreSQL with PostGIS (`pg_ctlcluster 15 main start`), set BENCH_DATABASE_URL, or run `pnpm bench --engine pglite`.',
    );
  } finally {
    await sql.end({ timeout: 1 });
  }
}
