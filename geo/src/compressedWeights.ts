import type { SpatialWeights } from './rowStandardise.ts';

/** Spatial weights in compressed sparse row form, for tight loops without per-row allocation. */
export interface CompressedWeights {
  /** Row i's entries are `offsets[i] .. offsets[i + 1] - 1`. */
  readonly offsets: Int32Array;
  readonly index: Int32Array;
  readonly weight: Float64Array;
}

/**
 * Validates list-form spatial weights against n units and packs them into typed arrays.
 *
 * @param w - neighbour and weight lists (see `SpatialWeights`)
 * @param n - number of units the weights must describe
 * @param caller - name used in error messages
 * @throws if the lists do not match n units, rows are misaligned, an index is out of range or
 *   repeated, a unit neighbours itself, or a weight is not finite
 */
export function compressedWeights(w: SpatialWeights, n: number, caller: string): CompressedWeights {
  if (w.neighbours.length !== n || w.weights.length !== n) {
    throw new Error(
      `${caller}: weights describe ${w.neighbours.length} units (${w.weights.length} weight rows) but there are ${n} values`,
    );
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const row = w.neighbours[i]!;
    if (row.length !== w.weights[i]!.length) {
      throw new Error(
        `${caller}: unit ${i} has ${row.length} neighbours but ${w.weights[i]!.length} weights`,
      );
    }
    offsets[i + 1] = offsets[i]! + row.length;
  }
  const index = new Int32Array(offsets[n]!);
  const weight = new Float64Array(offsets[n]!);
  const seen = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const row = w.neighbours[i]!;
    const rowWeights = w.weights[i]!;
    const base = offsets[i]!;
    for (let k = 0; k < row.length; k++) {
      const j = row[k]!;
      const wij = rowWeights[k]!;
      if (!Number.isInteger(j) || j < 0 || j >= n) {
        throw new Error(`${caller}: unit ${i} has neighbour ${String(j)}, not an index in 0..${n - 1}`);
      }
      if (j === i) throw new Error(`${caller}: unit ${i} lists itself as a neighbour`);
      if (seen[j] === i) throw new Error(`${caller}: unit ${i} lists neighbour ${j} twice`);
      if (typeof wij !== 'number' || !Number.isFinite(wij)) {
        throw new Error(`${caller}: weight of unit ${i} for neighbour ${j} is not finite`);
      }
      seen[j] = i;
      index[base + k] = j;
      weight[base + k] = wij;
    }
  }
  return { offsets, index, weight };
}
