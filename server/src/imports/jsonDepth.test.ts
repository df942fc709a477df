import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from './jsonDepth.ts';

describe('nestsDeeperThan', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(nestsDeeperThan('{"a":[1,{"b":[2]}]}', 4)).toBe(false);
    expect(nestsDeeperThan('{"a":[1,{"b":[2]}]}', 3)).toBe(true);
    expect(nestsDeeperThan('{"a":"[[[[[[\\"[[[["}', 1)).toBe(false);
    expect(nestsDeeperThan('[1,2],[3],[[4]]', 2)).toBe(false);
  });

  it('stops at the first level past the limit of a huge nesting, without a stack', () => {
    const deep = `${'['.repeat(5_000_000)}${']'.repeat(5_000_000)}`;
    expect(nestsDeeperThan(deep, 32)).toBe(true);
  });
});
