import { existsSync } from 'node:fs';
import type { Engine, Sql } from '@tavazon/data';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { loadApiToken } from './apiTokens/bearer.ts';
import { loadSession } from './auth/middleware.ts';
import { registerCacheMetrics } from './caching/cacheMetrics.ts';
import { dependsOn } from './caching/datasets.ts';
import { createResponseCache } from './caching/responseCache.ts';
import { compression } from './compression.ts';
import { availabilityGate, DatabaseAvailability } from './database/availability.ts';
import type { AppEnv, AuthSettings } from './env.ts';
import { errorResponse, HttpError } from './errors.ts';
import { createMetrics, metricsRoute } from './observability/metrics.ts';
import { observeRequests, type RequestLog } from './observability/requests.ts';
import { analysis } from './routes/analysis.ts';
import { apiTokens } from './routes/apiTokens.ts';
import { audit } from './routes/audit.ts';
import { auth } from './routes/auth.ts';
import { counties } from './routes/counties.ts';
import { countyExports } from './routes/countyExports.ts';
import { coverage } from './routes/coverage.ts';
import { downloads } from './routes/downloads.ts';
import { exports } from './routes/exports.ts';
import { health } from './routes/health.ts';
import { imports } from './routes/imports.ts';
import { indicatorEditing } from './routes/indicatorEditing.ts';
import { indicators } from './routes/indicators.ts';
import { decisions, meetings } from './routes/meetings.ts';
import { meta } from './routes/meta.ts';
import { need } from './routes/need.ts';
import { ogc } from './routes/ogc.ts';
import { organisations } from './routes/organisations.ts';
import { projects } from './routes/projects.ts';
import { provinces } from './routes/provinces.ts';
import { regionSchemes } from './routes/regionSchemes.ts';
import { regions } from './routes/regions.ts';
import { review } from './routes/review.ts';
import { scenarios } from './routes/scenarios.ts';
import { search } from './routes/search.ts';
import { suggestions } from './routes/suggestions.ts';
import { tiles } from './routes/tiles.ts';
import { users } from './routes/users.ts';
import { securityHeaders } from './securityHeaders.ts';
import { webApp } from './webApp.ts';

export interface AppOptions {
  sql: Sql;
  engine: Engine;
  /** The built web app (`web/dist`) to serve beside the API; omitted in API-only tests. */
  webRoot?: string;
  /** Sign-in settings (README, Configuration); by default the server's own origin only, no proxy. */
  auth?: Partial<AuthSettings>;
  /** Tracks database outages; one is made for `sql` when omitted. */
  availability?: DatabaseAvailability;
  /** Where each request's JSON log line goes; omitted: no request log (tests). */
  requestLog?: RequestLog;
  /** Lets a caller from elsewhere than this machine read /metrics (TAVAZON_METRICS_TOKEN). */
  metricsToken?: string | undefined;
  /** The time now, for the review board's deadlines; tests pass their own to move "today". */
  clock?: () => Date;
  /** The response cache (README, Caching): bytes of compressed bodies kept, seconds a public answer may be kept. */
  responseCache?: { bytes?: number; publicMaxAge?: number };
}

/** 64 MiB of compressed bodies: the national layers at every zoom, many tiles and analyses. */
export const defaultResponseCacheBytes = 64 * 1024 * 1024;
export const defaultPublicMaxAge = 10;

export function createApp({ sql, engine, webRoot, auth: authOptions, ...options }: AppOptions) {
  const availability = options.availability ?? new DatabaseAvailability(sql);
  const clock = options.clock ?? (() => new Date());
  const authSettings: AuthSettings = {
    publicOrigins: authOptions?.publicOrigins ?? [],
    allowedOrigins: authOptions?.allowedOrigins ?? [],
    trustProxy: authOptions?.trustProxy ?? false,
  };
  const context = createMiddleware<AppEnv>(async (c, next) => {
    c.set('sql', sql);
    c.set('engine', engine);
    c.set('auth', authSettings);
    c.set('clock', clock);
    await next();
  });
  // ETags, 304s and compressed bodies by data version for the answers that depend only on the request,
  // the audience and the data; by path, after the session is known (caching/responseCache.ts).
  const cache = createResponseCache({
    sql,
    bytes: options.responseCache?.bytes ?? defaultResponseCacheBytes,
    publicMaxAge: options.responseCache?.publicMaxAge ?? defaultPublicMaxAge,
    origin: authSettings.publicOrigins[0] ?? '',
  });
  const beforeCache = [context, availabilityGate(availability), loadSession, loadApiToken] as const;
  const api = new Hono<AppEnv>()
    .use(context)
    .use(availabilityGate(availability))
    .use(loadSession)
    .use(loadApiToken)
    .use('/provinces/*', cache.forData(dependsOn.provinces))
    .use('/counties/*', cache.forData(dependsOn.counties))
    .use('/regions/*', cache.forData(dependsOn.regions))
    .use('/projects/*', cache.forData(dependsOn.projects))
    .use('/indicators/*', cache.forData(dependsOn.indicators))
    .use('/analysis/*', cache.forData(dependsOn.analysis))
    .route('/auth', auth)
    .route('/users', users)
    .route('/audit', audit)
    .route('/health', health)
    .route('/meta', meta)
    .route('/indicators', indicators)
    .route('/indicators', indicatorEditing)
    .route('/provinces', provinces)
    // Before /counties, whose /:code would otherwise take "export" for a code.
    .route('/counties/export', countyExports)
    .route('/counties', counties)
    .route('/region-schemes', regionSchemes)
    .route('/regions', regions)
    // Before /projects, whose /:id would otherwise take "export" and "import" for an id.
    .route('/projects/export', exports)
    .route('/projects/import', imports)
    .route('/projects', projects)
    .route('/analysis', analysis)
    .route('/tokens', apiTokens)
    .route('/organisations', organisations)
    .route('/meetings', meetings)
    .route('/decisions', decisions)
    .route('/review', review)
    .route('/coverage', coverage)
    .route('/need', need)
    .route('/scenarios', scenarios)
    // The public portal.
    .route('/search', search)
    .route('/suggestions', suggestions)
    .route('/downloads', downloads)
    .all('*', (c) => {
      const { method, path } = c.req;
      throw new HttpError(404, 'request.no_route', { method, path }, `no API route ${method} ${path}`);
    });

  const metrics = createMetrics(availability);
  registerCacheMetrics(metrics.registry, cache);
  const app = new Hono()
    .use(observeRequests(metrics, options.requestLog ?? null))
    .use(securityHeaders())
    .route('/metrics', metricsRoute(metrics, options.metricsToken))
    // Vector tiles (their sub-app is mounted below) go through the response cache, which needs the session
    // first; the sub-app's own loadSession then finds it loaded. The same for OGC, after its compression.
    .use('/tiles/*', ...beforeCache, cache.forData(dependsOn.tiles))
    .use('/api/*', compression())
    .route('/api', api)
    // OGC API – Features for desktop GIS, beside /api with the same sign-in (session or API token).
    .use('/ogc/*', compression())
    .use('/ogc/*', ...beforeCache, cache.forData(dependsOn.ogc))
    .route(
      '/ogc',
      new Hono<AppEnv>()
        .use(context)
        .use(availabilityGate(availability))
        .use(loadSession)
        .use(loadApiToken)
        .route('/', ogc),
    )
    // Vector tiles for the map (MapLibre asks for them by URL template, so they live outside /api).
    .route(
      '/tiles',
      new Hono<AppEnv>()
        .use(context)
        .use(availabilityGate(availability))
        .use(loadSession)
        .use(loadApiToken)
        .route('/', tiles),
    );
  app.onError(errorResponse);

  if (webRoot && existsSync(webRoot)) app.route('/', webApp(webRoot, sql, authSettings.publicOrigins[0]));
  return app;
}
