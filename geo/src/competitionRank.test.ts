import { describe, expect, it } from 'vitest';
import { competitionRank } from './competitionRank.ts';

describe('competitionRank', () => {
  it('ranks descending with shared ranks for ties (1, 2, 2, 4)', () => {
    expect(competitionRank([0.9, 0.7, 0.7, 0.2])).toEqual([1, 2, 2, 4]);
    expect(competitionRank([0.2, 0.7, 0.9, 0.7])).toEqual([4, 2, 1, 2]);
  });

  it('supports ascending order, all-tied input and empty input', () => {
    expect(competitionRank([3, 1, 2, 1], { order: 'ascending' })).toEqual([4, 1, 3, 1]);
    expect(competitionRank([5, 5, 5])).toEqual([1, 1, 1]);
    expect(competitionRank([])).toEqual([]);
  });

  it('rejects non-finite scores', () => {
    expect(() => competitionRank([1, Number.NaN])).toThrow(/competitionRank: value 1 is not a finite number/);
  });
});
