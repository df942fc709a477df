import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@tavazon/data';

// The code that shapes an answer: a new release must not answer 304 to a copy made by the old one (say, a
// GeoJSON property renamed), while every process of one release must agree on its ETags.
const sources = ['server/src', 'contract/src', 'geo/src', 'data/src', 'data/migrations'];

let memo: string | undefined;

/** A hash of the server's sources, read once per process (≈ 1 MB, a few milliseconds). */
export function releaseId(): string {
  if (memo) return memo;
  const hash = createHash('sha256');
  for (const dir of sources) {
    const root = join(repoRoot, dir);
    if (!existsSync(root)) continue;
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|sql|json)$/.test(f) && !/\.test\.ts$/.test(f))
      .sort();
    for (const file of files) hash.update(`${dir}/${file}\u0000`).update(readFileSync(join(root, file)));
  }
  memo = hash.digest('hex').slice(0, 16);
  return memo;
}
