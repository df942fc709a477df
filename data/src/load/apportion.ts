/**
 * Splits a whole number among shares by the largest-remainder method: every part is the floor of its
 * exact share, and the units left over go to the largest fractional parts (ties to the earlier share),
 * so the parts are whole and add up to `total` exactly. Weights need not add up to 1.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total)) throw new RangeError(`apportion: total ${total} is not a whole number`);
  const sum = weights.reduce((s, w) => s + w, 0);
  if (weights.length === 0 || !(sum > 0) || weights.some((w) => !(w >= 0))) {
    throw new RangeError('apportion: weights must be non-negative with a positive sum');
  }
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = exact
    .map((e, i) => ({ i, rest: e - Math.floor(e) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}
