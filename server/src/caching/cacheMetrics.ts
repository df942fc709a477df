import { Counter, Gauge, type Registry } from 'prom-client';
import type { ResponseCache } from './responseCache.ts';

/** The response cache's figures in /metrics (read when scraped, like the database gauges). */
export function registerCacheMetrics(registry: Registry, cache: ResponseCache) {
  const counter = (name: string, help: string, read: () => number) =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  counter(
    'tavazon_response_cache_hits_total',
    'Answers sent from the compressed-body cache',
    () => cache.bodies.hits,
  );
  counter(
    'tavazon_response_cache_misses_total',
    'Cacheable answers made by their route (not in the body cache)',
    () => cache.bodies.misses,
  );
  counter(
    'tavazon_response_not_modified_total',
    'Conditional requests answered 304 Not Modified from the data versions',
    () => cache.stats.notModified,
  );
  new Gauge({
    name: 'tavazon_response_cache_bytes',
    help: 'Bytes held by the compressed-body cache (bounded by TAVAZON_RESPONSE_CACHE_BYTES)',
    registers: [registry],
    collect() {
      this.set(cache.bodies.bytes);
    },
  });
  new Gauge({
    name: 'tavazon_response_cache_entries',
    help: 'Answers held by the compressed-body cache',
    registers: [registry],
    collect() {
      this.set(cache.bodies.entries);
    },
  });
}
