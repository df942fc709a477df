import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Indicator, IndicatorChoice } from '../indicators/api/indicators.ts';
import { useIndicatorValues } from '../indicators/api/values.ts';
import { improvementSign } from '../indicators/time/change.ts';
import { basePeriod, commonPeriods, orderedPair, periodsOf } from '../indicators/time/periods.ts';
import type { DeltaSubject, TimeState } from '../indicators/time/timeState.ts';
import { type CompositeRequest, compositeQuery } from './api/analysis.ts';

/** One county's change between two periods, of the composite score or of the map's indicator. */
export interface DeltaRow {
  code: string;
  name_fa: string;
  name_en: string | null;
  province: string;
  from: number | null;
  to: number | null;
  /** to − from; null when either period lacks the county. */
  change: number | null;
  /** The change turned so that positive is better (an increase, for a neutral indicator). */
  improvement: number | null;
  /** Composite only: the competition rank in each period, and places gained (positive) or lost. */
  rankFrom?: number | undefined;
  rankTo?: number | undefined;
  rankChange?: number | null | undefined;
  estimated: boolean;
}

export interface DeltaRanking {
  subject: DeltaSubject;
  /** The composite's indicators share two periods, so the score's change can be ranked. */
  scoreAvailable: boolean;
  from: string;
  to: string;
  rows: DeltaRow[];
  /** Whether the improvement has a direction (false for a neutral indicator: "largest increase"). */
  directed: boolean;
  decimals: number;
  isLoading: boolean;
  error: Error | null;
  refetch: () => void;
}

const noRequest = {} as CompositeRequest;

/**
 * The delta ranking of the composite tab: each county's change between the map's period and the
 * comparison period, of the composite score (computed by the API for both periods, never in the web) when
 * every chosen indicator has both, else of the map's indicator. Null when there is no second period.
 */
export function useDeltaRanking(
  choice: IndicatorChoice,
  indicator: Indicator | undefined,
  indicators: Indicator[],
  compositeRequest: CompositeRequest | null,
  time: TimeState,
  province: string | null,
): DeltaRanking | null {
  const chosen = compositeRequest?.indicators.map((c) => indicators.find((i) => i.code === c)) ?? [];
  const shared = commonPeriods(chosen, choice.set);
  const scoreBase = shared.includes(choice.period) ? basePeriod(shared, choice.period, time.base) : undefined;
  const scoreAvailable = compositeRequest !== null && scoreBase !== undefined;
  const subject: DeltaSubject = time.deltaSubject === 'indicator' || !scoreAvailable ? 'indicator' : 'score';
  const base =
    subject === 'score' ? scoreBase : basePeriod(periodsOf(indicator, choice.set), choice.period, time.base);
  const pair = base ? orderedPair(base, choice.period) : undefined;

  const scored = subject === 'score' && pair !== undefined && compositeRequest !== null;
  const scoreFrom = useQuery({
    ...compositeQuery({ ...(compositeRequest ?? noRequest), period: pair?.from ?? '' }),
    enabled: scored,
  });
  const scoreTo = useQuery({
    ...compositeQuery({ ...(compositeRequest ?? noRequest), period: pair?.to ?? '' }),
    enabled: scored,
  });
  const valued = subject === 'indicator' && pair !== undefined;
  const valuesFrom = useIndicatorValues(valued ? choice.code : undefined, choice.set, pair?.from);
  const valuesTo = useIndicatorValues(valued ? choice.code : undefined, choice.set, pair?.to);

  const rows = useMemo((): DeltaRow[] | undefined => {
    if (scored) {
      const a = scoreFrom.data;
      const b = scoreTo.data;
      if (!a || !b) return undefined;
      const before = new Map(a.units.map((u) => [u.code, u]));
      const after = new Map(b.units.map((u) => [u.code, u]));
      const codes = [...new Set([...after.keys(), ...before.keys()])];
      return codes.map((code) => {
        const x = before.get(code);
        const y = after.get(code);
        const named = (y ?? x)!;
        const change = x && y ? y.score - x.score : null;
        return {
          code,
          name_fa: named.name_fa,
          name_en: named.name_en,
          province: named.province,
          from: x?.score ?? null,
          to: y?.score ?? null,
          change,
          improvement: change,
          rankFrom: x?.rank,
          rankTo: y?.rank,
          rankChange: x && y ? x.rank - y.rank : null,
          estimated: false,
        };
      });
    }
    if (!valued || !indicator) return undefined;
    const a = valuesFrom.query.data;
    const b = valuesTo.query.data;
    if (!a || !b) return undefined;
    const sign = improvementSign(indicator.polarity);
    const before = new Map(a.values.map((v) => [v.code, v]));
    const after = new Map(b.values.map((v) => [v.code, v]));
    const codes = [...new Set([...after.keys(), ...before.keys()])];
    return codes.flatMap((code) => {
      const x = before.get(code);
      const y = after.get(code);
      const named = (y ?? x)!;
      if (province !== null && named.province !== province) return [];
      const change = x && y ? y.value - x.value : null;
      return [
        {
          code,
          name_fa: named.name_fa,
          name_en: named.name_en,
          province: named.province,
          from: x?.value ?? null,
          to: y?.value ?? null,
          change,
          improvement: change === null ? null : change * sign,
          estimated: Boolean(x?.estimated || y?.estimated),
        },
      ];
    });
  }, [
    scored,
    scoreFrom.data,
    scoreTo.data,
    valued,
    indicator,
    valuesFrom.query.data,
    valuesTo.query.data,
    province,
  ]);

  if (!pair) return null;
  const queries = scored ? [scoreFrom, scoreTo] : [valuesFrom.query, valuesTo.query];
  return {
    subject,
    scoreAvailable,
    from: pair.from,
    to: pair.to,
    rows: rows ?? [],
    directed: subject === 'score' || (indicator?.polarity ?? 'neutral') !== 'neutral',
    decimals: subject === 'score' ? 3 : (indicator?.decimals ?? 0),
    isLoading: rows === undefined && queries.some((q) => q.isFetching || q.isPending),
    error: queries.find((q) => q.error)?.error ?? null,
    refetch: () => {
      for (const q of queries) void q.refetch();
    },
  };
}
