import { localMoran, moranGlobal, rowStandardise } from '@tavazon/geo';

export interface MoranInput {
  values: number[];
  /** Index lists of each unit's neighbours among `values` (an island has none). */
  neighbours: number[][];
  permutations: number;
  seed: number;
  significance: number;
}

/**
 * Global and local Moran's I with their permutation tests: the CPU-heavy part of the autocorrelation
 * analysis (9,999 permutations over 478 counties take a core for about a second), a pure function of
 * its input so that it runs on the analysis worker pool (workers/pool.ts).
 */
export function moranStatistics(input: MoranInput) {
  const weights = rowStandardise(input.neighbours);
  const options = { permutations: input.permutations, seed: input.seed };
  return {
    global: moranGlobal(input.values, weights, options),
    local: localMoran(input.values, weights, { ...options, significance: input.significance }),
  };
}
