import { describe, expect, it } from 'vitest';
import { roundCoordinates } from './round-coordinates.ts';

describe('roundCoordinates', () => {
  it('rounds and drops consecutive repeats, keeping rings closed', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [0.001, 0.002],
          [1.004, 0],
          [1.001, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    expect(roundCoordinates(square, 2).coordinates).toEqual([
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ]);
  });

  it('gives a shared border the same points whichever way it is walked', () => {
    const border = [
      [10.1234, 5.0011],
      [10.1236, 5.0014],
      [10.2, 5.1],
    ];
    const ab = roundCoordinates({ type: 'Polygon', coordinates: [border] }, 2).coordinates[0];
    const ba = roundCoordinates({ type: 'Polygon', coordinates: [[...border].reverse()] }, 2).coordinates[0];
    expect(ab).toEqual([...ba!].reverse());
  });
});
