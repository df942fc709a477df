/**
 * Seeded pseudo-random number generator (Tommy Ettinger's mulberry32, 32-bit state).
 *
 * Used for permutation tests so that a map's p-values are the same on every reload and in tests.
 * Not cryptographic; its period (2^32) is far more than the ~10^6 draws a 999-permutation LISA needs.
 *
 * @param seed - any number; only its low 32 bits (as an unsigned integer) are used
 * @returns a function returning uniformly distributed floats in [0, 1)
 * @example
 * const random = mulberry32(42);
 * random(); // same sequence for the same seed
 */
export function mulberry32(seed: number): () => number {
  // State and intermediates stay int32 (`| 0`, Math.imul) so V8 keeps them unboxed in hot loops.
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t = (t + Math.imul(t ^ (t >>> 7), t | 61)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
