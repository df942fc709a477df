/**
 * Checks a break array in the shape every `*Breaks` function returns and `classify` reads:
 * `[lowest bound, upper bound of class 0, …, upper bound of the last class]`, finite, strictly
 * increasing, except that `breaks[1]` may equal `breaks[0]` (a first class holding only the minimum).
 *
 * @param breaks - candidate breaks, in the units of the classified values
 * @param caller - name used in the error message
 * @throws if there are fewer than two breaks, a break is not finite, or the order is wrong
 */
export function assertBreaks(breaks: readonly number[], caller: string): void {
  if (breaks.length < 2) {
    throw new Error(
      `${caller}: need at least 2 breaks (lower bound and one upper bound), got ${breaks.length}`,
    );
  }
  for (let i = 0; i < breaks.length; i++) {
    const b = breaks[i]!;
    if (typeof b !== 'number' || !Number.isFinite(b)) {
      throw new Error(`${caller}: break ${i} is not a finite number (${String(b)})`);
    }
    if (i === 0) continue;
    const previous = breaks[i - 1]!;
    if (b < previous || (b === previous && i > 1)) {
      throw new Error(
        `${caller}: breaks must increase strictly (only breaks[1] may equal breaks[0]); break ${i} (${b}) follows ${previous}`,
      );
    }
  }
}
