import type { Sql } from '@tavazon/data';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';
import { BodyCache, type CachedBody, type Coding, compressQuick } from './bodyCache.ts';
import type { Dataset } from './datasets.ts';
import { DataVersions } from './dataVersions.ts';
import { chooseEncoding, contentKey, entityTag, matchesIfNoneMatch } from './entityTag.ts';
import { releaseId } from './releaseId.ts';

export interface ResponseCacheOptions {
  sql: Sql;
  /** Bytes of compressed bodies kept in memory (TAVAZON_RESPONSE_CACHE_BYTES); 0: none, ETags still work. */
  bytes: number;
  /** Seconds a browser or proxy may keep a public answer before asking again (TAVAZON_PUBLIC_MAX_AGE). */
  publicMaxAge: number;
  /** The origin the server is reached at: OGC answers' links start with it. */
  origin: string;
}

// Downloads stream up to a million rows and uploads change data: neither is kept, whatever the path.
const uncached = /\/(export|import)(\/|$)/;
// What a stored answer keeps of its route's headers; never Set-Cookie or anything about one request.
const keptHeaders = ['content-type', 'content-disposition', 'content-language'];
const vary = 'Accept-Encoding, Cookie, Authorization';
// Signed-in answers hold internal fields: never kept by a browser or proxy (as before this cache).
const privateControl = 'private, no-store';

/**
 * ETags, `If-None-Match` → 304 and a bounded cache of compressed bodies for answers that depend only on
 * the request, the audience and the data (README, Caching). Mounted by path in createApp after the
 * session is known; the routes themselves know nothing of it. A conditional request costs one small
 * query (the data versions) and is answered before the route runs.
 */
export function createResponseCache(options: ResponseCacheOptions) {
  const versions = new DataVersions(options.sql);
  const bodies = new BodyCache(options.bytes);
  const release = releaseId();
  const publicControl = `public, max-age=${options.publicMaxAge}, must-revalidate`;
  // The first request for an answer makes it; identical requests meanwhile wait for it instead of
  // running the same query (a map's first load, a benchmark's first round).
  const making = new Map<string, Promise<CachedBody | null>>();
  const stats = { notModified: 0 };

  function send(c: Context<AppEnv>, made: CachedBody, head: Record<string, string>) {
    // zlib's buffers are never shared memory.
    return c.body(made.bytes as Uint8Array<ArrayBuffer>, 200, {
      ...made.headers,
      ...head,
      'Content-Encoding': made.coding,
    });
  }

  async function capture(c: Context<AppEnv>, coding: Coding): Promise<CachedBody | null> {
    const res = c.res;
    if (res.status !== 200 || !res.body || res.headers.has('content-encoding')) return null;
    const raw = Buffer.from(await res.arrayBuffer());
    const headers: Record<string, string> = {};
    for (const name of keptHeaders) {
      const value = res.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    const bytes = await compressQuick(raw, coding);
    return { bytes, coding, headers, best: raw.length <= 16 * 1024 };
  }

  /** The middleware for answers that read `deps` (datasets.ts: dependsOn). */
  function forData(deps: readonly Dataset[]): MiddlewareHandler<AppEnv> {
    return async (c, next) => {
      if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || uncached.test(c.req.path)) return next();
      const user = c.get('user');
      if (user === undefined) throw new Error('the response cache runs after loadSession and loadApiToken');
      // Who may see what is decided by role (and a planner's provinces, for what they may edit).
      const audience = user ? `${user.role}:${[...user.provinces].sort().join(',')}` : 'public';
      const known = await versions.read();
      const url = c.req.url;
      const query = url.includes('?') ? url.slice(url.indexOf('?')) : '';
      const key = contentKey([
        release,
        options.origin,
        c.req.path,
        query,
        audience,
        `day=${known.get('day')}`,
        ...deps.map((d) => {
          const version = known.get(d);
          if (version === undefined) throw new Error(`no data version for ${d}: is migration 0016 applied?`);
          return `${d}=${version}`;
        }),
      ]);
      const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
      const head = {
        ETag: entityTag(key, encoding),
        'Cache-Control': user ? privateControl : publicControl,
        Vary: vary,
      };
      if (matchesIfNoneMatch(c.req.header('If-None-Match'), key)) {
        stats.notModified += 1;
        return c.body(null, 304, head);
      }
      if (encoding === 'identity') {
        // Rare (curl without --compressed): made each time, not kept, still tagged.
        await next();
        if (c.res.status === 200)
          for (const [name, value] of Object.entries(head)) c.res.headers.set(name, value);
        return;
      }
      const slot = `${key}:${encoding}`;
      const stored = bodies.get(slot);
      if (stored) return send(c, stored, head);
      const pending = making.get(slot);
      if (pending) {
        const made = await pending;
        if (made) return send(c, made, head);
      }
      let settle: (made: CachedBody | null) => void = () => {};
      making.set(slot, new Promise((resolve) => (settle = resolve)));
      try {
        await next();
        const res = c.res;
        const made = await capture(c, encoding);
        settle(made);
        if (!made) return;
        bodies.set(slot, made);
        // The route's answer with every header it got on the way (a Set-Cookie that ends a stale session
        // included), its body replaced. Hono merges the old response's headers into a new one; clearing it
        // first keeps a stale length out. Assigned, not returned: Hono ignores what a middleware returns
        // once the route has answered.
        const headers = new Headers(res.headers);
        headers.delete('content-length');
        for (const [name, value] of Object.entries({ ...head, 'Content-Encoding': made.coding })) {
          headers.set(name, value);
        }
        c.res = undefined as unknown as Response;
        c.res = new Response(made.bytes as Uint8Array<ArrayBuffer>, { status: 200, headers });
      } finally {
        settle(null);
        making.delete(slot);
      }
    };
  }

  return { forData, bodies, versions, stats };
}

export type ResponseCache = ReturnType<typeof createResponseCache>;
