import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type CountyFeature, type CountyProperties, countiesQuery } from '../counties/api/counties.ts';
import type { Indicator, IndicatorChoice } from '../indicators/api/indicators.ts';
import { parseManualBreaks } from '../indicators/classify/classes.ts';
import { noDataColour, outOfScopeColour, type Rgb } from '../indicators/classify/palette.ts';
import type { TimeState } from '../indicators/time/timeState.ts';
import { useChangeMap } from '../indicators/time/useChangeMap.ts';
import { useChoropleth } from '../indicators/useChoropleth.ts';
import type { AnalysisState } from './analysisState.ts';
import {
  type AnalysisScope,
  autocorrelationQuery,
  regionSchemesQuery,
  regionsQuery,
} from './api/analysis.ts';
import { quadrantColours } from './components/lisaColours.ts';
import { useCompositeScores } from './useCompositeScores.ts';

const noFeatures: CountyFeature[] = [];

interface MapColouring {
  fillColour: (properties: CountyProperties) => Rgb;
  colourKey: string;
}

/**
 * Everything the analysis tabs compute for the chosen indicator: the choropleth (by county or planning
 * region), the comparison map, LISA clusters and composite scores, and which of them colours the main map.
 */
export function useAnalysisData(
  choice: IndicatorChoice | null,
  analysis: AnalysisState,
  indicators: Indicator[] | undefined,
  nationalFeatures: CountyFeature[],
  time: TimeState,
) {
  const indicator = indicators?.find((i) => i.code === choice?.code);
  const schemes = useQuery({ ...regionSchemesQuery(choice?.set ?? 'census-1395'), enabled: choice !== null });
  const regionLevel = analysis.level === 'region' && analysis.scheme !== null && choice !== null;
  const regions = useQuery({
    ...regionsQuery(analysis.scheme ?? 0, choice?.code ?? '', choice?.period ?? ''),
    enabled: regionLevel,
  });
  const regionValues = useMemo(
    () =>
      regionLevel && regions.data
        ? regions.data.features.map((f) => ({
            code: f.properties.code,
            name_fa: f.properties.name_fa,
            name_en: f.properties.name_en,
            value: f.properties.value ?? null,
            counties: f.properties.counties,
          }))
        : null,
    [regionLevel, regions.data],
  );
  const classSpec = useMemo(
    () => ({
      method: analysis.method,
      classes: analysis.classes,
      manual: parseManualBreaks(analysis.manual),
    }),
    [analysis.method, analysis.classes, analysis.manual],
  );
  const choropleth = useChoropleth(indicator, nationalFeatures, {
    spec: classSpec,
    province: analysis.province,
    regions: regionValues,
  });
  const changeMap = useChangeMap(indicator, choice, time, nationalFeatures, analysis.province);
  const compareIndicator =
    analysis.tab === 'compare' && choice
      ? indicators?.find(
          (i) =>
            i.code === analysis.compare &&
            i.available.some((x) => x.set === choice.set && x.period === choice.period),
        )
      : undefined;
  const compareCounties = useQuery({
    ...countiesQuery({
      set: choice?.set ?? '',
      zoom: 5,
      indicator: compareIndicator?.code,
      period: choice?.period,
    }),
    enabled: compareIndicator !== undefined,
  });
  const compareFeatures = compareCounties.data?.features ?? noFeatures;
  const compareChoropleth = useChoropleth(compareIndicator, compareFeatures, {
    spec: classSpec,
    province: analysis.province,
    regions: null,
  });
  const scope: AnalysisScope | null = choice
    ? {
        indicator: choice.code,
        set: choice.set,
        period: choice.period,
        province: analysis.province,
        scheme: analysis.scheme,
      }
    : null;
  const lisaQuery = useQuery({
    ...autocorrelationQuery(
      scope ?? { indicator: '', set: '', period: '', province: null },
      analysis.contiguity,
      analysis.significance,
    ),
    enabled: scope !== null && analysis.tab === 'balance',
    placeholderData: keepPreviousData,
  });
  const lisaData = scope && analysis.tab === 'balance' ? lisaQuery.data : undefined;
  const showLisa = analysis.tab === 'balance' && analysis.lisa && lisaData !== undefined;

  const { compositeRequest, composite, compositeData, scoreClasses } = useCompositeScores(
    choice,
    analysis,
    indicators,
  );

  const mapColouring: MapColouring = useMemo(() => {
    if (showLisa && lisaData) {
      const quadrantOf = new Map(lisaData.units.map((u) => [u.code, u.quadrant]));
      const missing = new Set(lisaData.missing);
      return {
        fillColour: (p: CountyProperties) => {
          const q = quadrantOf.get(p.code);
          if (q) return quadrantColours[q];
          return missing.has(p.code) ? noDataColour : outOfScopeColour;
        },
        colourKey: `lisa:${lisaData.province}:${lisaData.contiguity}:${lisaData.significance}:${lisaData.indicator}`,
      };
    }
    if (scoreClasses) {
      return {
        fillColour: (p: CountyProperties) => scoreClasses.colourOf.get(p.code) ?? outOfScopeColour,
        colourKey: `composite:${scoreClasses.result.breaks.join(',')}:${[...scoreClasses.colourOf.keys()].length}`,
      };
    }
    // The change map replaces the period's own colours while asked for (counties only: regions have no series).
    if (changeMap && !regionLevel)
      return { fillColour: changeMap.fillColour, colourKey: changeMap.colourKey };
    return { fillColour: choropleth.fillColour, colourKey: choropleth.colourKey };
  }, [showLisa, lisaData, scoreClasses, choropleth, changeMap, regionLevel]);
  const showChange = changeMap !== null && !regionLevel && !showLisa && !scoreClasses;

  return {
    indicator,
    schemes,
    scheme: schemes.data?.find((s) => s.id === analysis.scheme),
    regionLevel,
    regions,
    choropleth,
    changeMap: showChange ? changeMap : null,
    compareIndicator,
    compareFeatures,
    compareChoropleth,
    scope,
    lisaQuery,
    lisaData,
    showLisa,
    compositeRequest,
    composite,
    compositeData,
    scoreClasses,
    mapColouring,
  };
}

export type AnalysisData = ReturnType<typeof useAnalysisData>;
