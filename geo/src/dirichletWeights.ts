import { gammaVariate } from './gammaVariate.ts';
import { mulberry32 } from './mulberry32.ts';

export interface DirichletWeightsOptions {
  /** How many weight vectors to draw. */
  readonly draws: number;
  /**
   * α₀ = Σ α_j, the Dirichlet's concentration: the draws scatter around the weights with variance
   * w_j (1 − w_j) / (α₀ + 1), so larger is tighter (50 gives a weight of 0.25 a spread of ±0.06).
   */
  readonly concentration: number;
  /** Seed of the random stream (mulberry32): the same seed gives the same draws. */
  readonly seed: number;
}

/**
 * Weight vectors drawn around given weights: Dirichlet(α₀ · w), sampled as independent Gamma(α₀ w_j)
 * draws divided by their sum. Each draw is a weighting a reasonable person might have chosen instead;
 * its mean is `weights`. A weight of 0 stays 0 in every draw (that criterion was left out).
 *
 * @param weights - m weights >= 0 summing to 1 (at least one above 0)
 * @param options - draws, concentration (> 0) and seed
 * @returns `draws` vectors of m weights summing to 1
 * @throws on negative, non-finite or all-zero weights, or a bad draw count or concentration
 */
export function dirichletWeights(weights: readonly number[], options: DirichletWeightsOptions): number[][] {
  const { draws, concentration, seed } = options;
  if (!Number.isInteger(draws) || draws < 0) {
    throw new Error(`dirichletWeights: draws must be a whole number >= 0, got ${String(draws)}`);
  }
  if (!(concentration > 0) || !Number.isFinite(concentration)) {
    throw new Error(`dirichletWeights: concentration must be a finite number above 0, got ${concentration}`);
  }
  let total = 0;
  for (let j = 0; j < weights.length; j++) {
    const w = weights[j]!;
    if (!Number.isFinite(w) || w < 0) {
      throw new Error(`dirichletWeights: weight ${j} must be a finite number >= 0, got ${String(w)}`);
    }
    total += w;
  }
  if (!(total > 0)) throw new Error('dirichletWeights: the weights must not all be 0');
  const random = mulberry32(seed);
  const out: number[][] = [];
  for (let d = 0; d < draws; d++) {
    const row = new Array<number>(weights.length).fill(0);
    let sum = 0;
    for (let j = 0; j < weights.length; j++) {
      const shape = (concentration * weights[j]!) / total;
      if (shape > 0) {
        row[j] = gammaVariate(shape, random);
        sum += row[j]!;
      }
    }
    // A sum of 0 needs every Gamma draw to underflow: keep the given weights rather than divide by 0.
    for (let j = 0; j < weights.length; j++) row[j] = sum > 0 ? row[j]! / sum : weights[j]! / total;
    out.push(row);
  }
  return out;
}
