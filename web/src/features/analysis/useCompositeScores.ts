import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Indicator, IndicatorChoice } from '../indicators/api/indicators.ts';
import { classifyValues } from '../indicators/classify/classes.ts';
import { classColours, noDataColour } from '../indicators/classify/palette.ts';
import type { AnalysisState } from './analysisState.ts';
import { type CompositeRequest, compositeQuery } from './api/analysis.ts';
import { parseWeights } from './compositeWeights.ts';

/** The composite index for the composite tab, and its scores in five quantile classes for the map. */
export function useCompositeScores(
  choice: IndicatorChoice | null,
  analysis: AnalysisState,
  indicators: Indicator[] | undefined,
) {
  const compositeRequest: CompositeRequest | null =
    choice && analysis.composite.indicators.length >= 2
      ? {
          set: choice.set,
          period: choice.period,
          province: analysis.province ?? undefined,
          indicators: analysis.composite.indicators,
          weights: parseWeights(analysis.composite.weights, analysis.composite.indicators.length),
          normalisation: analysis.composite.normalisation,
          method: analysis.composite.method,
          polarities: Object.fromEntries(
            analysis.composite.indicators
              .filter((c) => indicators?.find((i) => i.code === c)?.polarity === 'neutral')
              .map((c) => [c, analysis.composite.polarities[c] ?? 'higher_better']),
          ),
        }
      : null;
  const composite = useQuery({
    ...compositeQuery(compositeRequest ?? ({} as CompositeRequest)),
    enabled: compositeRequest !== null && analysis.tab === 'composite',
    placeholderData: keepPreviousData,
  });
  const compositeData = analysis.tab === 'composite' && compositeRequest ? composite.data : undefined;
  const scoreClasses = useMemo(() => {
    if (!compositeData || compositeData.units.length === 0) return null;
    const scores = compositeData.units.map((u) => u.score);
    const result = classifyValues(scores, { method: 'quantile', classes: 5, manual: [] });
    const colours = classColours('higher_better', result.counts.length);
    const colourOf = new Map(
      compositeData.units.map((u, i) => [u.code, colours[result.classIndex[i] ?? -1] ?? noDataColour]),
    );
    return { result, colours, colourOf };
  }, [compositeData]);
  return { compositeRequest, composite, compositeData, scoreClasses };
}

export type ScoreClasses = NonNullable<ReturnType<typeof useCompositeScores>['scoreClasses']>;
