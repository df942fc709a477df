import { dirichletWeights } from './dirichletWeights.ts';
import { validateIndicatorInput } from './validateIndicatorInput.ts';

export interface RankStabilityOptions {
  /** One weight per criterion, >= 0, summing to 1: the weighting chosen. */
  readonly weights: readonly number[];
  /** How the weighted criteria make a score: their sum, or TOPSIS closeness to the neediest profile. */
  readonly method: 'weighted-sum' | 'topsis';
  /** Dirichlet draws around `weights` (each criterion left out in turn is added on top). */
  readonly draws: number;
  /** The Dirichlet's concentration α₀ (see `dirichletWeights`): larger keeps the draws closer. */
  readonly concentration: number;
  readonly seed: number;
  /** `topShare` counts the weightings in which a unit ranks k or better. */
  readonly topK: number;
}

export interface RankStabilityResult {
  /** The weightings tried: `draws` Dirichlet draws plus one per criterion left out. */
  readonly weightings: number;
  /** Per unit: its rank under the chosen weights (1 = highest score). */
  readonly rank: number[];
  /** Per unit: the 5th, 50th and 95th percentiles of its ranks over the weightings (nearest rank). */
  readonly low: number[];
  readonly median: number[];
  readonly high: number[];
  /** Per unit: the share of weightings in which it ranks `topK` or better. */
  readonly topShare: number[];
}

// Scores that differ only by floating-point noise (the same terms summed in another order) must tie.
const SCORE_DECIMALS = 1e10;

/**
 * How much a ranking depends on its weights. The weights are perturbed — seeded Dirichlet draws
 * around the chosen ones, and each criterion left out in turn (the others rescaled) — and the units
 * are scored and ranked under every weighting. A unit whose rank range (5th–95th percentile) is
 * narrow ranks where it does whatever the weights; a wide one depends on them.
 *
 * The matrix must already be oriented and scaled so that a higher value of every criterion means a
 * higher score (e.g. min–max normalised towards need). Ranks are competition ranks (1, 2, 2, 4), 1 the
 * highest score. TOPSIS here is closeness to the unit with every criterion at its column maximum
 * (`topsis` with `normalisation: 'none'` and every column `higher_better`).
 *
 * Cost: O(weightings × units × (criteria + log units)); 1,000 draws × 478 units × 8 criteria is a few
 * tens of milliseconds.
 *
 * @param matrix - n × m values, higher = higher score, n >= 1, m >= 1
 * @param options - weights (sum 1), method, draws, concentration, seed, topK (1…n)
 * @returns per unit: the chosen-weights rank, the 5th/50th/95th percentile ranks and the top-k share
 * @throws on a bad matrix or weights, or options out of range
 */
export function rankStability(
  matrix: readonly (readonly number[])[],
  options: RankStabilityOptions,
): RankStabilityResult {
  const { weights, method, topK } = options;
  const { rows: n, columns: m } = validateIndicatorInput(matrix, 'rankStability', { weights });
  if (method !== 'weighted-sum' && method !== 'topsis') {
    throw new Error(`rankStability: method must be 'weighted-sum' or 'topsis', got '${String(method)}'`);
  }
  if (!Number.isInteger(topK) || topK < 1 || topK > n) {
    throw new Error(`rankStability: topK must be a whole number from 1 to ${n}, got ${String(topK)}`);
  }
  const weightings = [...dirichletWeights(weights, options), ...leaveOneOut(weights)];
  const sets = weightings.length;

  const values = new Float64Array(n * m);
  const colMax = new Float64Array(m).fill(Number.NEGATIVE_INFINITY);
  const colMin = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const v = matrix[i]![j]!;
      values[i * m + j] = v;
      if (v > colMax[j]!) colMax[j] = v;
      if (v < colMin[j]!) colMin[j] = v;
    }
  }
  const scores = new Float64Array(n);
  const order = new Uint32Array(n);
  const ranks = new Int32Array(n);
  const rankOf = (w: readonly number[]) => {
    score(values, n, m, w, method, colMin, colMax, scores);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => scores[b]! - scores[a]!);
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      const previous = k > 0 ? order[k - 1]! : -1;
      ranks[i] = previous >= 0 && scores[previous] === scores[i] ? ranks[previous]! : k + 1;
    }
    return ranks;
  };

  const rank = Array.from(rankOf(weights));
  // Unit-major, so each unit's ranks are one contiguous run to sort.
  const all = new Int32Array(n * sets);
  for (let s = 0; s < sets; s++) {
    const r = rankOf(weightings[s]!);
    for (let i = 0; i < n; i++) all[i * sets + s] = r[i]!;
  }
  const low: number[] = [];
  const median: number[] = [];
  const high: number[] = [];
  const topShare: number[] = [];
  const at = (p: number) => Math.max(0, Math.ceil(p * sets) - 1);
  for (let i = 0; i < n; i++) {
    const run = all.subarray(i * sets, (i + 1) * sets).sort();
    low.push(run[at(0.05)]!);
    median.push(run[at(0.5)]!);
    high.push(run[at(0.95)]!);
    let top = 0;
    while (top < sets && run[top]! <= topK) top++;
    topShare.push(top / sets);
  }
  return { weightings: sets, rank, low, median, high, topShare };
}

/** One weighting per criterion left out (the rest rescaled to sum 1); none when only one criterion counts. */
function leaveOneOut(weights: readonly number[]): number[][] {
  const positive = weights.filter((w) => w > 0).length;
  if (positive < 2) return [];
  const out: number[][] = [];
  for (let j = 0; j < weights.length; j++) {
    if (!(weights[j]! > 0)) continue;
    const rest = 1 - weights[j]!;
    out.push(weights.map((w, k) => (k === j ? 0 : w / rest)));
  }
  return out;
}

function score(
  values: Float64Array,
  n: number,
  m: number,
  w: readonly number[],
  method: 'weighted-sum' | 'topsis',
  colMin: Float64Array,
  colMax: Float64Array,
  out: Float64Array,
) {
  for (let i = 0; i < n; i++) {
    let s: number;
    if (method === 'weighted-sum') {
      s = 0;
      for (let j = 0; j < m; j++) s += w[j]! * values[i * m + j]!;
    } else {
      let plus = 0;
      let minus = 0;
      for (let j = 0; j < m; j++) {
        const v = w[j]! * values[i * m + j]!;
        plus += (v - w[j]! * colMax[j]!) ** 2;
        minus += (v - w[j]! * colMin[j]!) ** 2;
      }
      const dPlus = Math.sqrt(plus);
      const dMinus = Math.sqrt(minus);
      s = dPlus + dMinus === 0 ? 0.5 : dMinus / (dPlus + dMinus);
    }
    out[i] = Math.round(s * SCORE_DECIMALS) / SCORE_DECIMALS;
  }
}
