import type { SetNeighbours } from './countyNeighbours.ts';

/**
 * The neighbour lists restricted to some counties (a province, or the counties that have a value):
 * `result[k]` holds positions in `codes` of the neighbours of `codes[k]` that are themselves in
 * `codes`, ascending. Contiguity is a property of each pair of polygons, so this equals building the
 * lists from the subset's polygons alone (spdep `poly2nb` on the province), and a county whose only
 * neighbours lie outside the subset becomes an island, as it would there.
 *
 * @throws if a code is not a county of the set the lists were built for
 */
export function inducedNeighbours(full: SetNeighbours, codes: readonly string[]): number[][] {
  const position = new Map<number, number>();
  codes.forEach((code, k) => {
    const i = full.indexOf.get(code);
    if (i === undefined) throw new Error(`inducedNeighbours: ${code} is not a county of ${full.set}`);
    position.set(i, k);
  });
  return codes.map((code) => {
    const list: number[] = [];
    for (const j of full.neighbours[full.indexOf.get(code)!]!) {
      const k = position.get(j);
      if (k !== undefined) list.push(k);
    }
    return list.sort((a, b) => a - b);
  });
}
