import { describe, expect, it } from 'vitest';
import { normaliseMinMax } from './normaliseMinMax.ts';

describe('normaliseMinMax', () => {
  it('maps the best unit to 1 and the worst to 0 for either polarity', () => {
    const out = normaliseMinMax(
      [
        [1, 10],
        [2, 20],
        [3, 30],
      ],
      ['higher_better', 'higher_worse'],
    );
    expect(out).toEqual([
      [0, 1],
      [0.5, 0.5],
      [1, 0],
    ]);
  });

  it('turns a constant indicator into 0 for every unit', () => {
    expect(normaliseMinMax([[4], [4]], ['higher_better'])).toEqual([[0], [0]]);
  });

  it('validates input', () => {
    expect(() => normaliseMinMax([[1, 2]], ['higher_better'])).toThrow(
      /normaliseMinMax: 1 polarities for 2 indicators/,
    );
    expect(() => normaliseMinMax([[1], [Number.NaN]], ['higher_better'])).toThrow(/row 1, column 0/);
  });
});
