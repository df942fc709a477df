import { describe, expect, it } from 'vitest';
import { polygonalToWkbHex } from './wkb-hex.ts';

const double = (x: number) => {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(x);
  return b.toString('hex');
};

describe('polygonalToWkbHex', () => {
  it('writes a Polygon as a little-endian MultiPolygon of one polygon', () => {
    const ring = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    const hex = polygonalToWkbHex({ type: 'Polygon', coordinates: [ring] });
    expect(hex).toBe(
      `01${'06000000'}${'01000000'}01${'03000000'}${'01000000'}${'04000000'}${ring.map(([x, y]) => double(x!) + double(y!)).join('')}`,
    );
  });

  it('keeps every polygon and hole of a MultiPolygon, coordinates bit for bit', () => {
    const outer = [
      [51.1234567891, 32.1],
      [52, 32.1],
      [52, 33],
      [51.1234567891, 32.1],
    ];
    const hex = polygonalToWkbHex({ type: 'MultiPolygon', coordinates: [[outer, outer], [outer]] });
    expect(hex.slice(0, 18)).toBe('010600000002000000');
    expect(hex.length / 2).toBe(9 + (9 + 2 * (4 + 64)) + (9 + 4 + 64));
    expect(hex).toContain(double(51.1234567891));
  });
});
