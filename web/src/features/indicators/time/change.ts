import type { Polarity } from '../api/indicators.ts';

export type ChangeMode = 'diff' | 'pct';

/** A county's value in one period, with whether it is an estimate. */
export interface PeriodValue {
  value: number;
  estimated: boolean;
  method: string;
}

export interface CountyChange {
  code: string;
  from: PeriodValue | undefined;
  to: PeriodValue | undefined;
  /** to − from, or the percent change; null when either period lacks a value (or from is 0 for percent). */
  change: number | null;
  /** The change turned so that positive means better (or, for a neutral indicator, an increase). */
  improvement: number | null;
  /** Either value is an estimate. */
  estimated: boolean;
}

/** The sign that turns a change into an improvement: an indicator that is better lower counts a fall as a gain. */
export function improvementSign(polarity: Polarity): 1 | -1 {
  return polarity === 'higher_worse' ? -1 : 1;
}

export function changeOf(from: number, to: number, mode: ChangeMode): number | null {
  if (mode === 'diff') return to - from;
  return from === 0 ? null : ((to - from) / Math.abs(from)) * 100;
}

/** Every county's change between two periods; a county missing from either period has no change. */
export function countyChanges(
  codes: readonly string[],
  from: ReadonlyMap<string, PeriodValue>,
  to: ReadonlyMap<string, PeriodValue>,
  mode: ChangeMode,
  polarity: Polarity,
): CountyChange[] {
  const sign = improvementSign(polarity);
  return codes.map((code) => {
    const a = from.get(code);
    const b = to.get(code);
    const change = a && b ? changeOf(a.value, b.value, mode) : null;
    return {
      code,
      from: a,
      to: b,
      change,
      improvement: change === null ? null : change * sign,
      estimated: Boolean(a?.estimated || b?.estimated),
    };
  });
}
