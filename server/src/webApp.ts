import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Sql } from '@tavazon/data';
import { Hono, type MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import { compression } from './compression.ts';
import { pageMeta } from './pages/pageMeta.ts';
import { renderPage } from './pages/renderPage.ts';

// Vite puts a hash of the content in every file name under /assets/, so those can be cached for good.
const immutable = 'public, max-age=31536000, immutable';
// A path whose last segment has an extension asks for a file; the app's own paths never have one.
const filePath = /\/[^/]*\.[A-Za-z0-9]+$/;

/**
 * The built web app (`web/dist`). Each file goes out as the brotli or gzip sibling that the build
 * wrote beside it (web/build/precompress.ts), whichever the client accepts (br first), else as it is.
 * Hashed assets are cached for a year; everything else, the app shell index.html above all, is
 * revalidated on each load against an ETag of the bytes sent, so a new release is picked up at once
 * and an unchanged one costs a 304. Every page path (/county/…, /project/…) gets the shell; a missing
 * file gets a 404, never the shell, which a browser would run as a script or stylesheet.
 * With `sql`, the page of a county, province or project gets the shell with its own title, description
 * and Open Graph tags (pages/pageMeta.ts), for link previews; `origin` makes its canonical URL.
 */
export function webApp(root: string, sql?: Sql, origin?: string) {
  const file = serveStatic({ root, precompressed: true });
  const shell = serveStatic({ root, path: 'index.html', precompressed: true });
  const tag = etag();
  const page: MiddlewareHandler = async (c, next) => {
    // The database being away must not cost the page: it then opens with the plain shell.
    const meta = sql ? await pageMeta(sql, c.req.path).catch(() => null) : null;
    if (!meta) return shell(c, next);
    // Read on each request (≈ 1 KB): a rebuilt web app names new assets in it.
    const html = await readFile(join(root, 'index.html'), 'utf8');
    const url = origin ? new URL(c.req.path, origin).toString() : null;
    c.header('Content-Type', 'text/html; charset=utf-8');
    return c.body(renderPage(html, meta, url));
  };
  const pageOrMissing: MiddlewareHandler = async (c, next) =>
    filePath.test(c.req.path) ? c.notFound() : page(c, next);
  return (
    new Hono()
      .get('/assets/*', cacheFor(immutable), file, (c) => c.notFound())
      // A part (Range) is not tagged: the ETag names the whole file as sent.
      .get(
        '*',
        // Outside cacheFor, so that a 304 keeps the Cache-Control and Vary it sets.
        (c, next) => (c.req.header('Range') ? next() : tag(c, next)),
        cacheFor('no-cache'),
        file,
        compression(),
        pageOrMissing,
      )
  );
}

/** Sets Cache-Control and `Vary: Accept-Encoding` on a file served, whichever encoding it went out in. */
function cacheFor(cacheControl: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!c.res.ok) return;
    c.header('Cache-Control', cacheControl);
    if (!/\baccept-encoding\b/i.test(c.res.headers.get('Vary') ?? '')) {
      c.header('Vary', 'Accept-Encoding', { append: true });
    }
  };
}
