import { useCallback } from 'react';
import type { Autocorrelation, Composite } from '../analysis/api/analysis.ts';
import type { CountyProperties } from '../counties/api/counties.ts';
import { formatNumber, localName } from '../i18n/format.ts';
import { useI18n } from '../i18n/LanguageProvider.tsx';
import type { Indicator } from '../indicators/api/indicators.ts';
import type { ProjectFeature } from '../projects/api/types.ts';

interface TooltipInput {
  indicator: Indicator | undefined;
  compositeData: Composite | undefined;
  /** The LISA result, only while the clusters colour the map. */
  lisaData: Autocorrelation | undefined;
}

/** The map's hover texts: what colours a county (rank, cluster or value) and a project's title and status. */
export function useMapTooltips({ indicator, compositeData, lisaData }: TooltipInput) {
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
      const value =
        properties.value === null ? t.legendNoData : formatNumber(lang, properties.value, indicator.decimals);
      const unit = t.units[indicator.unit] ?? indicator.unit;
      return `${name}\n${localName(lang, indicator)}: ${value}${unit ? ` ${unit}` : ''}`;
    },
    [lang, indicator, t, compositeData, lisaData],
  );
  const describeProject = useCallback(
    (p: ProjectFeature) =>
      `${lang === 'en' && p.properties.title_en ? p.properties.title_en : p.properties.title_fa}\n${t.statuses[p.properties.status]}${p.properties.published === false ? ` · ${t.editor.unpublishedBadge}` : ''}`,
    [lang, t],
  );
  return { describeCounty, describeProject };
}
