import { createHash } from 'node:crypto';

export type Encoding = 'br' | 'gzip' | 'identity';

/** The best coding the client takes: brotli, then gzip (a `;q=0` refuses one), else none. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Set<string>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name && (q === undefined || Number(q) > 0)) accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return 'identity';
}

const suffix: Record<Encoding, string> = { br: 'br', gzip: 'gz', identity: 'id' };

/**
 * What an answer depends on, hashed: the server's code (release), its public origin (OGC links), the
 * request (path and query), the audience, and the versions of the datasets read. Equal keys mean equal
 * answers, across every server process of one release on one database.
 */
export function contentKey(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('base64url').slice(0, 27);
}

/** A strong ETag: the content key and the coding it is sent in (each coding is its own representation). */
export const entityTag = (key: string, encoding: Encoding) => `"${key}-${suffix[encoding]}"`;

/**
 * Whether If-None-Match names this content. The coding is not compared: a client that got the gzip
 * representation and now takes brotli holds the same data, and a 304 carries the ETag it may keep.
 */
export function matchesIfNoneMatch(header: string | undefined, key: string): boolean {
  if (!header) return false;
  return header.split(',').some((raw) => {
    const tag = raw.trim().replace(/^W\//, '');
    if (tag === '*') return true;
    return tag.startsWith(`"${key}-`) && tag.endsWith('"');
  });
}
