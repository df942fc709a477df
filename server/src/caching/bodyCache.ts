import { promisify } from 'node:util';
import { brotliCompress, brotliDecompress, constants, gunzip, gzip } from 'node:zlib';
import { LRUCache } from 'lru-cache';

const brotli = promisify(brotliCompress);
const unbrotli = promisify(brotliDecompress);
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export type Coding = 'br' | 'gzip';

/** An answer as it is sent: its compressed bytes and the headers of the route that made it. */
export interface CachedBody {
  bytes: Buffer;
  coding: Coding;
  /** Content-Type and the like; never Set-Cookie or anything else about one request. */
  headers: Record<string, string>;
  /** Whether the bytes are already at the highest level (the first answer is sent at a quick one). */
  best: boolean;
}

// Headers, keys and the LRU's own bookkeeping: counted so that many small tiles cannot exceed the bound.
const overheadBytes = 512;
// The national county layer (600 KB) takes ≈ 2.5 s at brotli 11 on one core and shrinks to 82 KB, from
// 141 KB at quality 4 (60 ms): worth it for a repeated answer, never while its first caller waits.
const quickBytes = 16 * 1024;
const largeBytes = 256 * 1024;
// Compressed bytes from which an answer is recompressed at the best level as soon as it is cached.
const eagerUpgradeBytes = 32 * 1024;

/** Compresses at a level the waiting caller can afford: the best one only for small bodies. */
export function compressQuick(body: Buffer, coding: Coding): Promise<Buffer> {
  if (body.length <= quickBytes) return compressBest(body, coding);
  const large = body.length > largeBytes;
  return coding === 'br'
    ? brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: large ? 4 : 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipAsync(body, { level: large ? 4 : 6 });
}

export function compressBest(body: Buffer, coding: Coding): Promise<Buffer> {
  return coding === 'br'
    ? brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_LGWIN]: 24,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipAsync(body, { level: 9 });
}

export const decompress = (bytes: Buffer, coding: Coding) =>
  coding === 'br' ? unbrotli(bytes) : gunzipAsync(bytes);

/**
 * The compressed bodies of repeated answers, least recently used first out, bounded in bytes. An entry
 * hit again is recompressed at the highest level in the background, one at a time (zlib works on libuv's
 * threads, so the event loop is not held, and one lane leaves the other core to the requests).
 */
export class BodyCache {
  readonly #lru: LRUCache<string, CachedBody> | null;
  readonly #upgrades = new Set<string>();
  #upgrading = false;
  hits = 0;
  misses = 0;

  constructor(readonly maxBytes: number) {
    this.#lru =
      maxBytes > overheadBytes
        ? new LRUCache<string, CachedBody>({
            maxSize: maxBytes,
            // One answer may not push out more than a quarter of the others.
            maxEntrySize: Math.max(overheadBytes + 1, Math.floor(maxBytes / 4)),
            sizeCalculation: (entry, key) => entry.bytes.length + key.length + overheadBytes,
          })
        : null;
  }

  get bytes() {
    return this.#lru?.calculatedSize ?? 0;
  }

  get entries() {
    return this.#lru?.size ?? 0;
  }

  get(key: string): CachedBody | undefined {
    const entry = this.#lru?.get(key);
    if (entry) {
      this.hits += 1;
      if (!entry.best) this.#scheduleUpgrade(key);
    } else this.misses += 1;
    return entry;
  }

  set(key: string, entry: CachedBody) {
    this.#lru?.set(key, entry);
    // A large answer is one of the few shared layers (the national counties): recompressed at once rather
    // than on its second request, so that the first visitors after a start already get the small body (on
    // a slow phone link the national layer's 140 KB at the quick level take 0.3 s longer than its 82 KB).
    if (!entry.best && entry.bytes.length >= eagerUpgradeBytes && this.#lru?.peek(key) === entry)
      this.#scheduleUpgrade(key);
  }

  /** Resolves when no recompression is queued or running (tests and benchmarks). */
  async settled() {
    while (this.#upgrading || this.#upgrades.size > 0) await new Promise((r) => setTimeout(r, 10));
  }

  #scheduleUpgrade(key: string) {
    if (this.#upgrades.size >= 64) return;
    this.#upgrades.add(key);
    if (!this.#upgrading) void this.#runUpgrades();
  }

  async #runUpgrades() {
    this.#upgrading = true;
    try {
      for (const key of this.#upgrades) {
        this.#upgrades.delete(key);
        const entry = this.#lru?.peek(key);
        if (!entry || entry.best) continue;
        try {
          const raw = await decompress(entry.bytes, entry.coding);
          const bytes = await compressBest(raw, entry.coding);
          // Kept only if the entry is still the one compressed (not evicted or replaced meanwhile).
          if (this.#lru?.peek(key) === entry) {
            this.#lru.set(key, { ...entry, bytes, best: true }, { noUpdateTTL: true });
          }
        } catch {
          // A failed recompression leaves the quick bytes in place; they are correct, only larger.
        }
      }
    } finally {
      this.#upgrading = false;
    }
  }
}
