import { join, resolve } from 'node:path';
import { repoRoot } from '@tavazon/data';
import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  TAVAZON_PGLITE_DIR: z.string().optional(),
  TAVAZON_DATA_DIR: z.string().optional(),
  // Comma-separated origins (scheme://host:port) besides the server's own that may send state-changing
  // requests with a session, e.g. the Vite dev server.
  TAVAZON_ALLOWED_ORIGINS: z.string().optional(),
  // scheme://host[:port] the users' browsers reach the server at (behind a proxy: the proxy's).
  TAVAZON_PUBLIC_ORIGIN: z
    .string()
    .url()
    .refine((u) => new URL(u).origin === u.replace(/\/$/, ''), 'only scheme://host[:port], no path')
    .optional(),
  TAVAZON_TRUST_PROXY: z.enum(['0', '1', 'true', 'false']).optional(),
  // Lets a caller from another machine read /metrics with `Authorization: Bearer <token>`.
  TAVAZON_METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  // 0: no request log lines (one JSON line per request on stdout otherwise).
  TAVAZON_REQUEST_LOG: z.enum(['0', '1']).default('1'),
  // A PostgreSQL statement running longer is ended (0: no limit).
  TAVAZON_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(60_000),
  // Bytes of compressed answers the response cache keeps in memory (0: none; ETags and 304s still work).
  TAVAZON_RESPONSE_CACHE_BYTES: z.coerce
    .number({ message: 'must be a whole number of bytes' })
    .int('must be a whole number of bytes')
    .min(0, 'must be a whole number of bytes')
    .optional(),
  // Seconds a browser or proxy may keep a public answer (GeoJSON, tiles, analyses) before asking again.
  TAVAZON_PUBLIC_MAX_AGE: z.coerce
    .number({ message: 'must be a whole number of seconds' })
    .int('must be a whole number of seconds')
    .min(0, 'must be a whole number of seconds')
    .optional(),
});

/** The server's settings, all from the environment (see the README's Configuration section). */
export function readConfig(env: NodeJS.ProcessEnv) {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    console.error(`tavazon: ${issue.path.join('.')}: ${issue.message}`);
    process.exit(1);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL || undefined,
    // Relative paths are taken from the repository root, whatever the current folder: `pnpm start` runs
    // at the root but `pnpm dev` in server/, and once gave two different databases.
    pgliteDir: resolve(repoRoot, e.TAVAZON_PGLITE_DIR ?? join('.data', 'pglite')),
    dataDir: e.TAVAZON_DATA_DIR ? resolve(repoRoot, e.TAVAZON_DATA_DIR) : undefined,
    statementTimeoutMs: e.TAVAZON_STATEMENT_TIMEOUT_MS,
    metricsToken: e.TAVAZON_METRICS_TOKEN,
    requestLog: e.TAVAZON_REQUEST_LOG === '1',
    responseCache: { bytes: e.TAVAZON_RESPONSE_CACHE_BYTES, publicMaxAge: e.TAVAZON_PUBLIC_MAX_AGE },
    auth: {
      publicOrigins: e.TAVAZON_PUBLIC_ORIGIN
        ? [new URL(e.TAVAZON_PUBLIC_ORIGIN).origin]
        : listenOrigins(e.HOST, e.PORT),
      allowedOrigins: (e.TAVAZON_ALLOWED_ORIGINS ?? '')
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      trustProxy: e.TAVAZON_TRUST_PROXY === '1' || e.TAVAZON_TRUST_PROXY === 'true',
    },
  };
}

/** Without TAVAZON_PUBLIC_ORIGIN: the address the server listens on, and localhost for a loopback one. */
function listenOrigins(host: string, port: number): string[] {
  const local = ['127.0.0.1', 'localhost', '0.0.0.0', '::1', '::'].includes(host);
  const hosts = local ? ['localhost', '127.0.0.1'] : [host];
  return hosts.map((h) => `http://${h}:${port}`);
}
