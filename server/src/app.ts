import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Engine, Sql } from '@tavazon/data';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './env.ts';
import { errorResponse } from './errors.ts';
import { analysis } from './routes/analysis.ts';
import { counties } from './routes/counties.ts';
import { health } from './routes/health.ts';
import { indicators } from './routes/indicators.ts';
import { meta } from './routes/meta.ts';
import { projects } from './routes/projects.ts';
import { provinces } from './routes/provinces.ts';
import { regionSchemes, regions } from './routes/regions.ts';

export interface AppOptions {
  sql: Sql;
  engine: Engine;
  /** The built web app (`web/dist`) to serve beside the API; omitted in API-only tests. */
  webRoot?: string;
}

export function createApp({ sql, engine, webRoot }: AppOptions) {
  const api = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set('sql', sql);
      c.set('engine', engine);
      await next();
    })
    .route('/health', health)
    .route('/meta', meta)
    .route('/indicators', indicators)
    .route('/provinces', provinces)
    .route('/counties', counties)
    .route('/region-schemes', regionSchemes)
    .route('/regions', regions)
    .route('/projects', projects)
    .route('/analysis', analysis)
    .all('*', (c) =>
      c.json({ error: { status: 404, message: `no API route ${c.req.method} ${c.req.path}` } }, 404),
    );

  const app = new Hono()
    .use(secureHeaders({ crossOriginEmbedderPolicy: false }))
    .use('/api/*', compress())
    .route('/api', api);
  app.onError(errorResponse);

  if (webRoot && existsSync(webRoot)) {
    app.use('/assets/*', async (c, next) => {
      await next();
      // Vite fingerprints these file names, so they can be cached for good.
      if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('*', serveStatic({ root: webRoot }));
    // Client-side routes fall back to the app shell.
    app.get('*', async (c) => c.html(await readFile(join(webRoot, 'index.html'), 'utf8')));
  }
  return app;
}

export type AppType = ReturnType<typeof createApp>;
