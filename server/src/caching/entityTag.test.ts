import { describe, expect, it } from 'vitest';
import { chooseEncoding, contentKey, entityTag, matchesIfNoneMatch } from './entityTag.ts';

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['br; q=0.0, gzip; q=0', 'identity'],
    ['identity', 'identity'],
    [undefined, 'identity'],
    ['BR', 'br'],
  ] as const)('%s → %s', (header, want) => {
    expect(chooseEncoding(header)).toBe(want);
  });
});

describe('entity tags', () => {
  const key = contentKey(['release', 'origin', '/api/counties', '?set=current', 'public', 'projects=1']);

  it('are strong, one per coding, and change with any part of the key', () => {
    expect(entityTag(key, 'br')).toMatch(/^"[A-Za-z0-9_-]{27}-br"$/);
    expect(entityTag(key, 'gzip')).not.toBe(entityTag(key, 'br'));
    expect(
      contentKey(['release', 'origin', '/api/counties', '?set=current', 'public', 'projects=2']),
    ).not.toBe(key);
    // Parts are separated: moving a character from one part to the next is another key.
    expect(contentKey(['ab', 'c'])).not.toBe(contentKey(['a', 'bc']));
  });

  it('match If-None-Match by content, in any coding, in a list, weak or *', () => {
    expect(matchesIfNoneMatch(entityTag(key, 'gzip'), key)).toBe(true);
    expect(matchesIfNoneMatch(`"x", W/${entityTag(key, 'br')}`, key)).toBe(true);
    expect(matchesIfNoneMatch('*', key)).toBe(true);
    expect(matchesIfNoneMatch('"x"', key)).toBe(false);
    expect(matchesIfNoneMatch(`"${key}"`, key)).toBe(false);
    expect(matchesIfNoneMatch(undefined, key)).toBe(false);
  });
});
