/**
 * Spatial weights in list form: `neighbours[i][k]` is the k-th neighbour of unit i (0-based index)
 * and `weights[i][k]` its weight. The shape spdep calls a `listw`.
 */
export interface SpatialWeights {
  readonly neighbours: readonly (readonly number[])[];
  readonly weights: readonly (readonly number[])[];
}

/**
 * Row-standardised spatial weights (spdep style "W"): each unit's k neighbours get weight 1/k, so a
 * spatial lag is the plain average of the neighbours' values. Islands (units with no neighbours) keep
 * an empty row; they are not dropped, so indices still match the input units.
 *
 * @param neighbours - 0-based neighbour index lists, e.g. `contiguityNeighbours(...).neighbours`
 * @returns the same neighbour lists (copied) with weights summing to 1 per non-empty row
 * @throws if an index is not an integer in range, a unit lists itself, or lists a neighbour twice
 */
export function rowStandardise(neighbours: readonly (readonly number[])[]): SpatialWeights {
  const n = neighbours.length;
  const seen = new Int32Array(n).fill(-1);
  const lists: number[][] = [];
  const weights: number[][] = [];
  for (let i = 0; i < n; i++) {
    const list = neighbours[i];
    if (!Array.isArray(list)) throw new Error(`rowStandardise: neighbours[${i}] is not an array`);
    for (const j of list) {
      if (!Number.isInteger(j) || j < 0 || j >= n) {
        throw new Error(`rowStandardise: unit ${i} has neighbour ${String(j)}, not an index in 0..${n - 1}`);
      }
      if (j === i) throw new Error(`rowStandardise: unit ${i} lists itself as a neighbour`);
      if (seen[j] === i) throw new Error(`rowStandardise: unit ${i} lists neighbour ${j} twice`);
      seen[j] = i;
    }
    lists.push([...list]);
    weights.push(new Array<number>(list.length).fill(1 / list.length));
  }
  return { neighbours: lists, weights };
}
