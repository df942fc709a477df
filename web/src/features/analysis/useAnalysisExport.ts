import type { Map as MapLibreMap } from 'maplibre-gl';
import { type RefObject, useState } from 'react';
import { formatNumber, localName } from '../i18n/format.ts';
import { useI18n } from '../i18n/LanguageProvider.tsx';
import type { IndicatorChoice } from '../indicators/api/indicators.ts';
import type { PeriodValue } from '../indicators/time/change.ts';
import { periodLabel } from '../indicators/time/periods.ts';
import { methodNote } from '../indicators/time/provenance.ts';
import type { AnalysisState } from './analysisState.ts';
import { lisaLegendItems, scoreLegendItems } from './components/legendItems.ts';
import { downloadCsv } from './export/csv.ts';
import { exportMapPng, type PngLegend } from './export/png.ts';
import type { AnalysisData } from './useAnalysisData.ts';

interface ExportInput {
  mapRef: RefObject<MapLibreMap | null>;
  choice: IndicatorChoice | null;
  analysis: AnalysisState;
  data: AnalysisData;
  scopeName: string;
  attribution: string[];
  /** The period's values with how each was obtained: the CSV marks estimates with "≈" and names the method. */
  values: ReadonlyMap<string, PeriodValue>;
}

/** The PNG (map with its legend) and CSV (the units behind the map) downloads of the analysis panel. */
export function useAnalysisExport({
  mapRef,
  choice,
  analysis,
  data,
  scopeName,
  attribution,
  values,
}: ExportInput) {
  const { t, lang } = useI18n();
  const [exporting, setExporting] = useState(false);
  const { indicator, showLisa, lisaData, scoreClasses, choropleth, compositeData, regionLevel, changeMap } =
    data;
  const m = t.periods;
  const mark = (v: { estimated: boolean } | undefined) => (v?.estimated ? '≈' : '');
  const note = (v: PeriodValue | undefined) => (v ? methodNote(v, m, t.listSeparator) : '');
  const methodName = t.analysis.methods[analysis.method];
  const countLabel = (n: number) => formatNumber(lang, n);

  // The same legend as on screen: LISA clusters, composite scores or the choropleth.
  const pngLegend = (): PngLegend | null => {
    if (showLisa && lisaData)
      return {
        title: t.analysis.lisaLegendTitle,
        subtitle: `${indicator ? localName(lang, indicator) : ''} · ${scopeName}`,
        items: lisaLegendItems(lisaData, t).map((i) => ({
          colour: i.colour,
          label: i.label,
          count: countLabel(i.count),
        })),
      };
    if (scoreClasses)
      return {
        title: t.analysis.scoreLegend,
        subtitle: scopeName,
        items: scoreLegendItems(scoreClasses, lang).map((i) => ({
          colour: i.colour,
          label: i.label,
          count: countLabel(i.count),
        })),
      };
    if (!indicator) return null;
    if (changeMap)
      return {
        title: `${localName(lang, indicator)} · ${m.changeTitle(periodLabel(lang, changeMap.from), periodLabel(lang, changeMap.to))}`,
        subtitle: `${scopeName} · ${changeMap.mode === 'pct' ? m.percentChange : m.difference}`,
        items: changeMap.classes.map((c) => ({
          colour: c.colour,
          label: `${formatNumber(lang, c.from, indicator.decimals)} – ${formatNumber(lang, c.to, indicator.decimals)}`,
          count: countLabel(c.count),
        })),
      };
    return {
      title: localName(lang, indicator),
      subtitle: `${scopeName} · ${methodName}`,
      items: choropleth.legend.map((c) => ({
        colour: c.colour,
        label: `${formatNumber(lang, c.from, indicator.decimals)} – ${formatNumber(lang, c.to, indicator.decimals)}`,
        count: countLabel(c.count),
      })),
    };
  };
  const fileBase = `tavazon-${analysis.tab}-${choice?.code ?? 'map'}-${analysis.province ?? 'iran'}`;
  const onExportPng = () => {
    const map = mapRef.current;
    if (!map) return;
    setExporting(true);
    exportMapPng(map, pngLegend(), attribution.join(' · '), lang === 'fa', `${fileBase}.png`)
      .catch((error: unknown) => console.warn('PNG export failed', error))
      .finally(() => setExporting(false));
  };
  const onExportCsv = () => {
    const a = t.analysis;
    if (analysis.tab === 'composite' && compositeData) {
      downloadCsv(
        `${fileBase}.csv`,
        [a.rank, a.code, t.county, t.province, a.score],
        compositeData.units.map((u) => [u.rank, u.code, localName(lang, u), u.province, u.score]),
      );
      return;
    }
    if (analysis.tab === 'balance' && lisaData) {
      downloadCsv(
        `${fileBase}.csv`,
        [a.code, t.county, t.province, a.value, 'Local I', 'p', a.lisaLegendTitle],
        lisaData.units.map((u) => [
          u.code,
          localName(lang, u),
          u.province,
          u.value,
          u.localI,
          u.p,
          a.quadrants[u.quadrant],
        ]),
      );
      return;
    }
    if (changeMap) {
      const names = new Map(choropleth.units.map((u) => [u.code, u]));
      downloadCsv(
        `${fileBase}-${changeMap.from}-${changeMap.to}.csv`,
        [
          a.code,
          t.county,
          t.province,
          changeMap.from,
          changeMap.to,
          m.change,
          m.estimatedColumn,
          m.methodColumn,
        ],
        changeMap.changes.map((c) => {
          const u = names.get(c.code);
          return [
            c.code,
            u ? localName(lang, u) : c.code,
            u?.province ?? null,
            c.from?.value ?? null,
            c.to?.value ?? null,
            c.change,
            mark(c),
            [...new Set([c.from, c.to].filter((v) => v?.estimated).map(note))].join(' | '),
          ];
        }),
      );
      return;
    }
    // Region values are aggregated, so the estimate marks belong to the county rows only.
    const header = [a.code, regionLevel ? a.levelRegion : t.county, t.province, a.value, a.classLabel];
    downloadCsv(
      `${fileBase}.csv`,
      regionLevel ? header : [...header, m.estimatedColumn, m.methodColumn],
      choropleth.units.map((u) => {
        const row = [
          u.code,
          localName(lang, u),
          u.province,
          u.value,
          u.classIndex === null ? null : u.classIndex + 1,
        ];
        const held = values.get(u.code);
        return regionLevel ? row : [...row, mark(held), note(held)];
      }),
    );
  };
  return { exporting, onExportPng, onExportCsv };
}
