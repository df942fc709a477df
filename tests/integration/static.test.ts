import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

// The built web app as the server sends it. Raw node:http, not fetch: fetch would ask for and undo
// the compression itself, hiding what went over the wire.

const dist = new URL('../../web/dist/', import.meta.url);
const index = readFileSync(new URL('index.html', dist));
const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(index.toString())?.[1];
const stylesheet = /<link[^>]+href="(\/assets\/[^"]+\.css)"/.exec(index.toString())?.[1];
const font = readdirSync(new URL('assets/', dist)).find((name) => name.endsWith('.woff2'));
const fileOf = (path: string) => readFileSync(new URL(`.${path}`, dist));

function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(new URL(path, inject('baseUrl')), { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            headers: res.headers as Record<string, string | undefined>,
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    },
  );
}

const decode = { br: brotliDecompressSync, gzip: gunzipSync } as const;

describe('static files', () => {
  it('finds the script, stylesheet and font of the build', () => {
    expect(script).toBeDefined();
    expect(stylesheet).toBeDefined();
    expect(font).toBeDefined();
  });

  it.each([
    ['br', 'gzip, deflate, br, zstd'],
    ['gzip', 'gzip, deflate'],
  ] as const)(
    'sends the script and the stylesheet precompressed with %s, cached for good',
    async (encoding, accept) => {
      const files: [string, string][] = [
        [script!, 'text/javascript; charset=utf-8'],
        [stylesheet!, 'text/css; charset=utf-8'],
      ];
      for (const [path, type] of files) {
        const res = await get(path, { 'accept-encoding': accept });
        expect(res.status).toBe(200);
        expect(res.headers['content-encoding']).toBe(encoding);
        expect(res.headers['content-type']).toBe(type);
        expect(res.headers.vary).toMatch(/accept-encoding/i);
        expect(res.headers['content-length']).toBe(String(res.body.length));
        expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect(res.body.length).toBeLessThan(fileOf(path).length / 3);
        expect(decode[encoding](res.body).equals(fileOf(path))).toBe(true);
      }
    },
  );

  it('sends the file as it is to a client that accepts no compression', async () => {
    for (const headers of [{}, { 'accept-encoding': 'identity' }] as Record<string, string>[]) {
      const res = await get(script!, headers);
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.headers['content-length']).toBe(String(fileOf(script!).length));
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.body.equals(fileOf(script!))).toBe(true);
    }
  });

  it('sends a font, compressed already, as it is', async () => {
    const res = await get(`/assets/${font}`, { 'accept-encoding': 'gzip, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toBe('font/woff2');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body.equals(fileOf(`/assets/${font}`))).toBe(true);
  });

  // A county, province or project that exists gets the shell with its own title (portal-pages.test.ts).
  it.each(['/', '/index.html', '/county/current/IR-19-05', '/project/999999999', '/analysis/composite'])(
    'answers %s with the app shell, revalidated by ETag (304 when unchanged)',
    async (path) => {
      const tags = new Set<string>();
      for (const encoding of ['br', 'gzip', 'identity'] as const) {
        const res = await get(path, { 'accept-encoding': encoding });
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(res.headers['cache-control']).toBe('no-cache');
        expect(res.headers.vary).toMatch(/accept-encoding/i);
        const body = encoding === 'identity' ? res.body : decode[encoding](res.body);
        expect(body.equals(index)).toBe(true);
        const tag = res.headers.etag!;
        expect(tag).toMatch(/^"[^"]+"$/);
        tags.add(tag);

        const again = await get(path, { 'accept-encoding': encoding, 'if-none-match': tag });
        expect(again.status).toBe(304);
        expect(again.body.length).toBe(0);
        expect(again.headers.etag).toBe(tag);
        expect(again.headers['cache-control']).toBe('no-cache');

        const changed = await get(path, { 'accept-encoding': encoding, 'if-none-match': '"an-older-build"' });
        expect(changed.status).toBe(200);
      }
      // Each encoding is its own representation, so each has its own tag.
      expect(tags.size).toBe(3);
    },
  );

  it.each(['/assets/index-missing.js', '/assets/missing.css', '/assets/', '/favicon.ico', '/county/x/y.js'])(
    'answers a missing file %s with 404, not the app shell',
    async (path) => {
      const res = await get(path, { 'accept-encoding': 'gzip, br' });
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).not.toMatch(/html/);
      expect(res.headers['cache-control']).toBeUndefined();
    },
  );

  it.each(['/api', '/api/', '/api/no-such-thing', '/api/county/current/IR-19-05'])(
    'never answers an API path (%s) with the app',
    async (path) => {
      const res = await get(path, { 'accept-encoding': 'identity' });
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(res.body.toString()).error.status).toBe(404);
    },
  );
});
