import { formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { IndicatorChoice } from '../../indicators/api/indicators.ts';
import { Legend } from '../../indicators/components/Legend.tsx';
import type { AnalysisState } from '../analysisState.ts';
import type { AnalysisData } from '../useAnalysisData.ts';
import { lisaLegendItems, scoreLegendItems } from './legendItems.ts';
import { SimpleLegend } from './SimpleLegend.tsx';

interface MapLegendProps {
  choice: IndicatorChoice | null;
  analysis: AnalysisState;
  data: AnalysisData;
  scopeName: string;
}

/** What colours the main map: LISA clusters, composite scores or the indicator's choropleth. */
export function MapLegend({ choice, analysis, data, scopeName }: MapLegendProps) {
  const { t, lang } = useI18n();
  const { indicator, showLisa, lisaData, scoreClasses, choropleth, regionLevel, scheme } = data;
  const methodName = t.analysis.methods[analysis.method];
  if (showLisa)
    return (
      <SimpleLegend
        testId="lisa-legend"
        title={t.analysis.lisaLegendTitle}
        note={`${indicator ? localName(lang, indicator) : ''} · ${scopeName} · p ≤ ${formatNumber(lang, analysis.significance, String(analysis.significance).length - 2)}`}
        items={lisaLegendItems(lisaData, t)}
      />
    );
  if (scoreClasses)
    return (
      <SimpleLegend
        testId="score-legend"
        title={t.analysis.scoreLegend}
        note={`${scopeName} · ${t.analysis.methods.quantile}`}
        items={scoreLegendItems(scoreClasses, lang)}
      />
    );
  if (!indicator || !choice) return null;
  return (
    <Legend
      indicator={indicator}
      period={choice.period}
      classes={choropleth.legend}
      noData={choropleth.noData}
      outOfRange={choropleth.outOfRange}
      methodName={regionLevel ? `${methodName} · ${t.analysis.levelRegion}` : methodName}
      note={
        regionLevel && scheme
          ? `${localName(lang, scheme)}${scheme.illustrative ? ` — ${t.analysis.illustrative}` : ''}`
          : undefined
      }
    />
  );
}
