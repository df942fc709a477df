import { useMemo } from 'react';
import type { CountyFeature, CountyProperties } from '../../counties/api/counties.ts';
import type { Indicator, IndicatorChoice } from '../api/indicators.ts';
import { useIndicatorValues } from '../api/values.ts';
import { noDataColour, outOfScopeColour, type Rgb } from '../classify/palette.ts';
import { type CountyChange, countyChanges } from './change.ts';
import { type ChangeClass, classifyChange } from './diverging.ts';
import { basePeriod, orderedPair, periodsOf } from './periods.ts';
import type { TimeState } from './timeState.ts';

export interface ChangeMap {
  from: string;
  to: string;
  mode: 'diff' | 'pct';
  fillColour: (properties: CountyProperties) => Rgb;
  colourKey: string;
  classes: ChangeClass[];
  noData: number;
  /** Every county of the scope with its change (null: missing in either period). */
  changes: CountyChange[];
  byCode: ReadonlyMap<string, CountyChange>;
  isLoading: boolean;
  error: Error | null;
}

/**
 * The change map of the chosen indicator between the map's period and the comparison period, classed on
 * the counties of the scope; null when it is not asked for or the indicator has a single period.
 */
export function useChangeMap(
  indicator: Indicator | undefined,
  choice: IndicatorChoice | null,
  time: TimeState,
  nationalFeatures: CountyFeature[],
  province: string | null,
): ChangeMap | null {
  const periods = periodsOf(indicator, choice?.set ?? '');
  const base = choice ? basePeriod(periods, choice.period, time.base) : undefined;
  const pair = choice && base ? orderedPair(base, choice.period) : undefined;
  const older = pair?.from;
  const newer = pair?.to;
  const active = Boolean(time.change && pair && indicator);
  const code = active ? choice?.code : undefined;
  const from = useIndicatorValues(code, choice?.set, older);
  const to = useIndicatorValues(code, choice?.set, newer);
  const fromValues = from.byCode;
  const toValues = to.byCode;
  const loaded = from.query.data !== undefined && to.query.data !== undefined;
  const error = from.query.error ?? to.query.error;
  const mode = time.change ?? 'diff';
  return useMemo(() => {
    if (!active || !older || !newer || !indicator) return null;
    const codes = nationalFeatures
      .filter((f) => province === null || f.properties.province === province)
      .map((f) => f.properties.code);
    const changes = countyChanges(codes, fromValues, toValues, mode, indicator.polarity);
    const result = classifyChange(
      changes.map((c) => c.change),
      indicator.polarity,
    );
    const colourOf = new Map<string, Rgb>();
    for (const [i, c] of changes.entries()) {
      const k = result.classIndex[i];
      colourOf.set(
        c.code,
        k === null || k === undefined ? noDataColour : (result.classes[k]?.colour ?? noDataColour),
      );
    }
    return {
      from: older,
      to: newer,
      mode,
      fillColour: (p: CountyProperties) => colourOf.get(p.code) ?? outOfScopeColour,
      colourKey: `change:${indicator.code}:${older}:${newer}:${mode}:${province}:${loaded}:${codes.length}`,
      classes: result.classes,
      noData: loaded ? result.missing : 0,
      changes,
      byCode: new Map(changes.map((c) => [c.code, c])),
      isLoading: !loaded,
      error,
    };
  }, [
    active,
    older,
    newer,
    indicator,
    nationalFeatures,
    province,
    fromValues,
    toValues,
    loaded,
    error,
    mode,
  ]);
}
