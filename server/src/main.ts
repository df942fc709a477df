import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { connect, ensureLoaded, migrate } from '@tavazon/data';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { warmUpEmbedded } from './database/warmUpEmbedded.ts';
import { formatMergeReport, mergedOrganisations } from './organisations/mergeReport.ts';
import { startFailure } from './startFailure.ts';
import { startPools } from './workers/pool.ts';

const config = readConfig(process.env);
const started = performance.now();
let db: Awaited<ReturnType<typeof connect>>;
try {
  db = await connect({
    url: config.databaseUrl,
    dataDir: config.pgliteDir,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  const migrations = await migrate(db.sql);
  if (migrations.applied.length) console.log(`migrations applied: ${migrations.applied.join(', ')}`);
  // The migration of free-text agencies to organisations says what it merged, once, when it runs.
  if (migrations.applied.some((m) => m.startsWith('0012_'))) {
    for (const line of formatMergeReport(await mergedOrganisations(db.sql))) console.log(line);
  }
  const load = await ensureLoaded(db.sql, { dataDir: config.dataDir, log: console.log });
  if (load?.failed) {
    // Serving a map with no data as if healthy helps no one: say what failed and stop.
    const why = load.datasets.filter((d) => d.error).map((d) => `${d.dataset}: ${d.error}`);
    console.error(
      `tavazon: loading the reference data failed (${why.join('; ')}); fix the cause and start again, ` +
        'or run `pnpm load` to retry the load alone',
    );
    await db.close();
    process.exit(1);
  }
  if (db.engine === 'pglite') await warmUpEmbedded(db.sql);
} catch (err) {
  const message = startFailure(err, config.pgliteDir);
  if (!message) throw err;
  console.error(`tavazon: ${message}`);
  process.exit(1);
}

const webRoot = fileURLToPath(new URL('../../web/dist/', import.meta.url));
const app = createApp({
  sql: db.sql,
  engine: db.engine,
  webRoot,
  auth: config.auth,
  metricsToken: config.metricsToken,
  responseCache: config.responseCache,
  requestLog: config.requestLog ? (line) => process.stdout.write(`${line}\n`) : null,
});
// The worker threads for uploads and analyses start now, not on the first upload: starting one loads the
// TypeScript loader and its modules, which should never happen while a request waits.
startPools();
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `tavazon: http://${info.address === '0.0.0.0' ? 'localhost' : info.address}:${info.port} ` +
      `(${db.engine}${db.engine === 'pglite' ? ` at ${config.pgliteDir}` : ''}, ready in ${seconds} s)`,
  );
});
server.on('error', (err: NodeJS.ErrnoException) => {
  console.error(
    err.code === 'EADDRINUSE'
      ? `tavazon: port ${config.port} on ${config.host} is already in use; set PORT to another port`
      : `tavazon: cannot listen on ${config.host}:${config.port}: ${err.message}`,
  );
  void db.close().finally(() => process.exit(1));
});

// Ctrl-C in a terminal signals the whole group, so the server hears it twice (directly and forwarded by
// `pnpm start`): a second signal must not end the process while the embedded database is being closed,
// or PGlite's files are left half-written.
let closing = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    server.close();
    void db
      .close()
      .then(() => process.exit(0))
      // Said, not swallowed: an embedded database that did not close may have lost its last writes.
      .catch((err: Error) => {
        console.error(`tavazon: closing the database failed: ${err.message}`);
        process.exit(1);
      });
  });
}
