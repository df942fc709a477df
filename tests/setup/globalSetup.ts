import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { loadAll, migrate } from '@tavazon/data';
import { createApp } from '@tavazon/server';
import type { TestProject } from 'vitest/node';
import { openTestDatabase, testEngine } from './testDatabase.ts';

/**
 * One real database (migrated and loaded with the real data from ../shared) and one real server for
 * the whole run; test files reach them over HTTP and SQL like any client would.
 */
export default async function setup(project: TestProject) {
  const engine = testEngine();
  const t0 = performance.now();
  const db = await openTestDatabase(engine);
  await migrate(db.sql);
  const summary = await loadAll(db.sql, {});
  if (summary.failed) {
    await db.close();
    const why = summary.datasets.filter((d) => d.error).map((d) => `${d.dataset}: ${d.error}`);
    throw new Error(`loading the real data into the test database failed: ${why.join('; ')}`);
  }
  const webRoot = fileURLToPath(new URL('../../web/dist/', import.meta.url));
  // The app learns its public origin (for the Origin check) once the port is known.
  let app: ReturnType<typeof createApp> | undefined;
  const server = serve({ fetch: (req, env) => app!.fetch(req, env), port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  app = createApp({
    sql: db.sql,
    engine: db.engine,
    webRoot,
    auth: { publicOrigins: [`http://127.0.0.1:${port}`] },
  });
  console.log(`test ${engine} database ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  project.provide('engine', engine);
  project.provide('databaseUrl', db.url);
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('loadSummary', JSON.stringify(summary));

  return async () => {
    await new Promise((resolve) => server.close(resolve));
    await db.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    engine: 'pglite' | 'postgres';
    databaseUrl: string;
    baseUrl: string;
    loadSummary: string;
  }
}
