import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorCodes } from '@tavazon/contract';
import { describe, expect, it } from 'vitest';

// Every code the server can emit must be in the contract's catalogue, which the web words in Persian
// and English (web/src/features/i18n/errors, with its own test). The compiler checks the typed calls;
// this reads the source, so that a code slipped past the types (`as never`, a plain string) fails too.

const root = new URL('.', import.meta.url).pathname;
const contractSrc = new URL('../../contract/src/', import.meta.url).pathname;

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) return [];
    return [{ path, text: readFileSync(path, 'utf8') }];
  });
}

// The first string argument of each error constructor, and of the import problems and cell failures.
const constructorCalls = [
  /\b(?:badRequest|unauthorized|forbidden|notFound|unprocessable|conflict)\(\s*'([^']*)'/g,
  /\bnew HttpError\(\s*[^,]+,\s*'([^']*)'/g,
  /\bproblem\(\s*\{[^}]*\},\s*'([^']*)'/g,
  /\bfail\(\s*'([^']*)'/g,
];

const known = new Set<string>(errorCodes);
const namespaces = [...new Set(errorCodes.map((c) => c.split('.')[0]!))];
// Any literal in a catalogue namespace (`'project.whatever'`), wherever it is used.
const namespaced = new RegExp(`'((?:${namespaces.join('|')})\\.[a-z0-9_.]+)'`, 'g');

describe('the error codes the server emits', () => {
  const server = sources(root);
  const found = new Map<string, string[]>();
  const note = (code: string, path: string) => found.set(code, [...(found.get(code) ?? []), path]);
  for (const { path, text } of server) {
    for (const pattern of [...constructorCalls, namespaced]) {
      for (const m of text.matchAll(pattern)) note(m[1]!, path.slice(root.length));
    }
  }

  it('finds the error constructors in the source (the scan works)', () => {
    expect(found.size).toBeGreaterThan(60);
    expect(found.get('project.not_found')?.length).toBeGreaterThan(2);
  });

  it('are all in the contract’s catalogue', () => {
    const unknown = [...found]
      .filter(([code]) => !known.has(code))
      .map(([code, where]) => `${code} (${where})`);
    expect(unknown).toEqual([]);
  });

  it('leave no code of the catalogue unused', () => {
    // The contract itself names a few (the rules it decides, such as `projectCoherence`).
    const contract = sources(contractSrc).filter((s) => !/\/(errors|errorCodes)\.ts$/.test(s.path));
    const used = new Set(found.keys());
    for (const { text } of contract) for (const m of text.matchAll(namespaced)) used.add(m[1]!);
    expect(errorCodes.filter((code) => !used.has(code))).toEqual([]);
  });
});
