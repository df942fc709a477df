import { describe, expect, it } from 'vitest';
import { sortDelta } from './deltaSort.ts';
import type { DeltaRow } from './useDeltaRanking.ts';

const row = (code: string, change: number | null, sign = 1): DeltaRow => ({
  code,
  name_fa: code,
  name_en: code,
  province: 'IR-01',
  from: change === null ? null : 10,
  to: change === null ? null : 10 + change,
  change,
  improvement: change === null ? null : change * sign,
  estimated: false,
});
const collator = new Intl.Collator('en');
const codes = (rows: DeltaRow[]) => rows.map((r) => r.code);

describe('the delta ranking order', () => {
  it('puts the most improved first and counties without a change last, either way round', () => {
    const rows = [row('a', 1), row('b', null), row('c', 5), row('d', -2)];
    expect(codes(sortDelta(rows, 'improved', false, collator, (r) => r.code))).toEqual(['c', 'a', 'd', 'b']);
    expect(codes(sortDelta(rows, 'improved', true, collator, (r) => r.code))).toEqual(['d', 'a', 'c', 'b']);
  });

  it('reads a fall as the improvement of an indicator that is better lower', () => {
    const rows = [row('a', 1, -1), row('c', 5, -1), row('d', -2, -1)];
    expect(codes(sortDelta(rows, 'improved', false, collator, (r) => r.code))).toEqual(['d', 'a', 'c']);
    expect(codes(sortDelta(rows, 'change', false, collator, (r) => r.code))).toEqual(['c', 'a', 'd']);
  });

  it('sorts by name', () => {
    const rows = [row('b', 1), row('a', 2)];
    expect(codes(sortDelta(rows, 'name', false, collator, (r) => r.code))).toEqual(['a', 'b']);
    expect(codes(sortDelta(rows, 'name', true, collator, (r) => r.code))).toEqual(['b', 'a']);
  });
});
