import { assertInequalityInput } from './assertInequalityInput.ts';

/** One group's part in a Theil decomposition. */
export interface TheilGroup {
  readonly group: string | number;
  /** Number of units in the group. */
  readonly units: number;
  /** Group share of total weight (e.g. of population), Σ_g w / Σ w. */
  readonly weightShare: number;
  /** Group share of the weighted total, s_g = Σ_g w·y / Σ w·y. */
  readonly share: number;
  /** Weighted mean inside the group, ȳ_g. */
  readonly mean: number;
  /** Theil T inside the group (0 when the group's total is 0). */
  readonly theil: number;
  /** This group's term of the between part, s_g · ln(ȳ_g / ȳ). */
  readonly betweenTerm: number;
  /** This group's term of the within part, s_g · T_g. */
  readonly withinTerm: number;
}

/** Exact split of Theil T into inequality between groups and inside them. */
export interface TheilDecomposition {
  /** Theil T over all units (same as `theil(values, weights)`). */
  readonly total: number;
  /** Σ_g s_g ln(ȳ_g / ȳ): the inequality left if every unit had its group's mean. */
  readonly between: number;
  /** Σ_g s_g T_g: the share-weighted inequality inside the groups. */
  readonly within: number;
  /** Groups in order of first appearance. */
  readonly groups: TheilGroup[];
}

/**
 * Decomposes Theil T into between-group and within-group parts, e.g. counties grouped by province:
 * T = Σ_g s_g ln(ȳ_g/ȳ) + Σ_g s_g T_g, exact (between + within equals total up to rounding), with s_g
 * the group's share of Σ w·y, ȳ_g its weighted mean and T_g the Theil T of its own units.
 *
 * @param values - per-unit values, finite and >= 0
 * @param groups - per-unit group label (e.g. province code), same length as `values`
 * @param weights - optional per-unit weights, finite and >= 0 (e.g. population)
 * @returns total, between, within (nats) and per-group detail
 * @throws if inputs are empty, negative, non-finite, misaligned, or the weighted total is 0
 */
export function theilDecomposition(
  values: readonly number[],
  groups: readonly (string | number)[],
  weights?: readonly number[],
): TheilDecomposition {
  assertInequalityInput(values, weights, 'theilDecomposition');
  if (groups.length !== values.length) {
    throw new Error(
      `theilDecomposition: groups has ${groups.length} entries but values has ${values.length}`,
    );
  }
  const members = new Map<string | number, number[]>();
  let totalWeight = 0;
  let totalAmount = 0;
  for (let i = 0; i < values.length; i++) {
    const label = groups[i]!;
    if (typeof label !== 'string' && typeof label !== 'number') {
      throw new Error(`theilDecomposition: group label ${i} must be a string or number`);
    }
    const list = members.get(label);
    if (list) list.push(i);
    else members.set(label, [i]);
    const w = weights === undefined ? 1 : weights[i]!;
    totalWeight += w;
    totalAmount += w * values[i]!;
  }
  const mean = totalAmount / totalWeight;

  let total = 0;
  let between = 0;
  let within = 0;
  const detail: TheilGroup[] = [];
  for (const [group, indices] of members) {
    let gWeight = 0;
    let gAmount = 0;
    for (const i of indices) {
      const w = weights === undefined ? 1 : weights[i]!;
      gWeight += w;
      gAmount += w * values[i]!;
    }
    const gMean = gWeight > 0 ? gAmount / gWeight : 0;
    let gTheil = 0;
    for (const i of indices) {
      const y = values[i]!;
      const w = weights === undefined ? 1 : weights[i]!;
      if (y > 0 && w > 0) {
        gTheil += ((w * y) / gAmount) * Math.log(y / gMean);
        total += ((w * y) / totalAmount) * Math.log(y / mean);
      }
    }
    const share = gAmount / totalAmount;
    const betweenTerm = share > 0 ? share * Math.log(gMean / mean) : 0;
    const withinTerm = share * gTheil;
    between += betweenTerm;
    within += withinTerm;
    detail.push({
      group,
      units: indices.length,
      weightShare: gWeight / totalWeight,
      share,
      mean: gMean,
      theil: gTheil,
      betweenTerm,
      withinTerm,
    });
  }
  return { total, between, within, groups: detail };
}
