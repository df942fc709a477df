import { formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { IndicatorChoice } from '../../indicators/api/indicators.ts';
import { ChangeLegend } from '../../indicators/components/ChangeLegend.tsx';
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
  /** Counties of the scope whose value is an estimate. */
  estimated: number;
}

/** What colours the main map: LISA clusters, composite scores or the indicator's choropleth. */
export function MapLegend({ choice, analysis, data, scopeName, estimated }: MapLegendProps) {
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
  if (data.changeMap) return <ChangeLegend indicator={indicator} change={data.changeMap} />;
  return (
    <Legend
      indicator={indicator}
      period={choice.period}
      classes={choropleth.legend}
      noData={choropleth.noData}
      outOfRange={choropleth.outOfRange}
      estimated={regionLevel ? 0 : estimated}
      methodName={regionLevel ? `${methodName} · ${t.analysis.levelRegion}` : methodName}
      note={
        regionLevel && scheme
          ? `${localName(lang, scheme)}${scheme.illustrative ? ` — ${t.analysis.illustrative}` : ''}`
          : undefined
      }
    />
  );
}
