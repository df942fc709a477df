import type { PeriodMessages } from '../messages.ts';

/** How a value was obtained, as the API says it (`estimated`, `method` such as `same-county+lineage-group`). */
export interface Provenance {
  estimated: boolean | null | undefined;
  method?: string | null | undefined;
}

// Parts that say how a value was estimated; exact parts (`same-county`, `measured`) add nothing next to them.
const estimatingParts = new Set(['area-share', 'lineage-share', 'lineage-group']);

/**
 * The note beside a value: for an estimate, "Estimated: <how>", naming only the estimating steps, e.g.
 * «برآورد: سهم مساحت از شهرستان سرشماری»; for an exact carried value, how it was carried; nothing when measured.
 */
export function methodNote(p: Provenance, m: PeriodMessages, separator = '، '): string {
  const parts = (p.method ?? '').split('+').filter((x) => x !== '' && x !== 'measured');
  if (p.estimated) {
    const how = parts.filter((x) => estimatingParts.has(x)).map((x) => m.methods[x] ?? x);
    return `${m.estimatedPrefix}: ${(how.length ? how : parts.map((x) => m.methods[x] ?? x)).join(separator)}`;
  }
  return parts.map((x) => m.methods[x] ?? x).join(separator);
}

/** "≈ " before an estimated value, nothing before an exact one. */
export function approx(p: Provenance): string {
  return p.estimated ? '≈\u00a0' : '';
}
