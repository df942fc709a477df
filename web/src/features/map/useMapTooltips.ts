import { useCallback } from 'react';
import type { Autocorrelation, Composite } from '../analysis/api/analysis.ts';
import type { CountyProperties } from '../counties/api/counties.ts';
import { formatNumber, formatSigned, localName } from '../i18n/format.ts';
import { useI18n } from '../i18n/LanguageProvider.tsx';
import type { Indicator } from '../indicators/api/indicators.ts';
import type { PeriodValue } from '../indicators/time/change.ts';
import { periodLabel } from '../indicators/time/periods.ts';
import { approx, methodNote } from '../indicators/time/provenance.ts';
import type { ChangeMap } from '../indicators/time/useChangeMap.ts';
import type { ProjectFeature } from '../projects/api/types.ts';

interface TooltipInput {
  indicator: Indicator | undefined;
  compositeData: Composite | undefined;
  /** The LISA result, only while the clusters colour the map. */
  lisaData: Autocorrelation | undefined;
  /** The period's values with how each was obtained (for the "≈" and its note). */
  values: ReadonlyMap<string, PeriodValue>;
  /** The change map, while it colours the map. */
  changeMap: ChangeMap | null;
}

/** The map's hover texts: what colours a county (rank, cluster or value) and a project's title and status. */
export function useMapTooltips({ indicator, compositeData, lisaData, values, changeMap }: TooltipInput) {
  const { t, lang } = useI18n();
  const describeCounty = useCallback(
    (properties: CountyProperties) => {
      const name = localName(lang, properties);
      const ranked = compositeData?.units.find((u) => u.code === properties.code);
      if (ranked)
        return `${name}\n${t.analysis.rank}: ${formatNumber(lang, ranked.rank)} · ${t.analysis.score}: ${formatNumber(lang, ranked.score, 3)}`;
      const lisaUnit = lisaData?.units.find((u) => u.code === properties.code);
      if (lisaUnit && indicator)
        return `${name}\n${localName(lang, indicator)}: ${formatNumber(lang, lisaUnit.value, indicator.decimals)}\n${t.analysis.quadrants[lisaUnit.quadrant]}`;
      if (!indicator || properties.value === undefined) return name;
      const unit = t.units[indicator.unit] ?? indicator.unit;
      const change = changeMap?.byCode.get(properties.code);
      if (changeMap && change) {
        const m = t.periods;
        const pct = changeMap.mode === 'pct';
        const figure = (v: PeriodValue | undefined) =>
          v ? `${approx(v)}${formatNumber(lang, v.value, indicator.decimals)}` : t.legendNoData;
        const delta =
          change.change === null
            ? t.legendNoData
            : `${approx(change)}${formatSigned(lang, change.change, pct ? 1 : indicator.decimals)}${pct ? t.percentSign : unit ? ` ${unit}` : ''}`;
        const notes = [change.from, change.to]
          .filter((v) => v?.estimated)
          .map((v) => methodNote(v!, m, t.listSeparator));
        return [
          name,
          `${localName(lang, indicator)} · ${m.changeTitle(periodLabel(lang, changeMap.from), periodLabel(lang, changeMap.to))}: ${delta}`,
          `${periodLabel(lang, changeMap.from)}: ${figure(change.from)} · ${periodLabel(lang, changeMap.to)}: ${figure(change.to)}`,
          ...new Set(notes),
        ].join('\n');
      }
      const held = values.get(properties.code);
      const estimated = held?.estimated ?? properties.estimated ?? false;
      const value =
        properties.value === null
          ? t.legendNoData
          : `${approx({ estimated })}${formatNumber(lang, properties.value, indicator.decimals)}`;
      const line = `${name}\n${localName(lang, indicator)}: ${value}${unit ? ` ${unit}` : ''}`;
      return estimated && held ? `${line}\n${methodNote(held, t.periods, t.listSeparator)}` : line;
    },
    [lang, indicator, t, compositeData, lisaData, values, changeMap],
  );
  const describeProject = useCallback(
    (p: ProjectFeature) =>
      `${lang === 'en' && p.properties.title_en ? p.properties.title_en : p.properties.title_fa}\n${t.statuses[p.properties.status]}${p.properties.published === false ? ` · ${t.editor.unpublishedBadge}` : ''}`,
    [lang, t],
  );
  return { describeCounty, describeProject };
}
