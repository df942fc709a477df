/**
 * One draw from the Gamma(shape, 1) distribution by Marsaglia & Tsang's method (2000), with the normal
 * deviates it needs from the polar Box–Muller method. Shapes below 1 use the boost
 * Gamma(a) = Gamma(a + 1) · U^(1/a), so every shape > 0 works.
 *
 * Used for Dirichlet draws (`dirichletWeights`); `random` makes it reproducible (e.g. `mulberry32(seed)`).
 *
 * @param shape - the shape parameter a > 0 (the mean and the variance are both a)
 * @param random - uniform floats in [0, 1)
 * @returns a draw >= 0
 * @throws if the shape is not a finite number above 0
 */
export function gammaVariate(shape: number, random: () => number): number {
  if (!(shape > 0) || !Number.isFinite(shape)) {
    throw new Error(`gammaVariate: shape must be a finite number above 0, got ${String(shape)}`);
  }
  if (shape < 1) {
    // 1 − random() lies in (0, 1]: U^(1/a) is never 0^…, which would lose the draw.
    return gammaVariate(shape + 1, random) * (1 - random()) ** (1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A standard normal deviate (polar Box–Muller; the second deviate of the pair is dropped for simplicity). */
function normal(random: () => number): number {
  for (;;) {
    const a = 2 * random() - 1;
    const b = 2 * random() - 1;
    const s = a * a + b * b;
    if (s > 0 && s < 1) return a * Math.sqrt((-2 * Math.log(s)) / s);
  }
}
