import { connect, type Database } from '@tavazon/data';
import postgres from 'postgres';

export type TestEngine = 'pglite' | 'postgres';

/** Which engine this run tests: TEST_ENGINE, else postgres when TEST_DATABASE_URL is set. */
export function testEngine(env: NodeJS.ProcessEnv = process.env): TestEngine {
  const engine = env.TEST_ENGINE ?? (env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
  if (engine !== 'pglite' && engine !== 'postgres')
    throw new Error(`TEST_ENGINE must be pglite or postgres, not ${engine}`);
  return engine;
}

/**
 * A fresh, empty database on the chosen engine. For PostgreSQL the database named by TEST_DATABASE_URL
 * is wiped (its public schema dropped): point it at a database that exists for tests only.
 */
export async function openTestDatabase(engine: TestEngine): Promise<Database> {
  if (engine === 'pglite') return connect({ dataDir: 'memory://' });
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      'TEST_ENGINE=postgres needs TEST_DATABASE_URL, e.g. postgres://postgres:postgres@127.0.0.1:5432/tavazon_test ' +
        '(start PostgreSQL with `pg_ctlcluster 15 main start` and create the database; see README "Tests").',
    );
  }
  const admin = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await admin`SELECT 1`;
  } catch (err) {
    await admin.end({ timeout: 1 });
    throw new Error(
      `cannot reach TEST_DATABASE_URL (${redact(url)}): ${(err as Error).message}. ` +
        'Start PostgreSQL (`pg_ctlcluster 15 main start`) and create the test database with PostGIS; see README "Tests".',
    );
  }
  await admin`DROP SCHEMA IF EXISTS public CASCADE`;
  await admin`CREATE SCHEMA public`;
  await admin.end();
  return connect({ url });
}

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
