import { describe, expect, it } from 'vitest';
import { compressedWeights } from './compressedWeights.ts';

describe('compressedWeights', () => {
  it('packs list weights into CSR typed arrays', () => {
    const csr = compressedWeights(
      { neighbours: [[1, 2], [], [0]], weights: [[0.5, 0.5], [], [1]] },
      3,
      'test',
    );
    expect([...csr.offsets]).toEqual([0, 2, 2, 3]);
    expect([...csr.index]).toEqual([1, 2, 0]);
    expect([...csr.weight]).toEqual([0.5, 0.5, 1]);
  });

  it('rejects weights that do not fit the values', () => {
    expect(() => compressedWeights({ neighbours: [[1], [0]], weights: [[1], [1]] }, 3, 'f')).toThrow(
      /f: weights describe 2 units \(2 weight rows\) but there are 3 values/,
    );
    expect(() => compressedWeights({ neighbours: [[1], [0]], weights: [[1], []] }, 2, 'f')).toThrow(
      /unit 1 has 1 neighbours but 0 weights/,
    );
    expect(() => compressedWeights({ neighbours: [[1], [1]], weights: [[1], [1]] }, 2, 'f')).toThrow(
      /lists itself/,
    );
    expect(() => compressedWeights({ neighbours: [[1], [0]], weights: [[Number.NaN], [1]] }, 2, 'f')).toThrow(
      /not finite/,
    );
  });
});
