import { formatNumber, formatSolarHijriText, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Indicator } from '../api/indicators.ts';
import { cssColour, noDataColour } from '../classify/palette.ts';
import type { LegendClass } from '../useChoropleth.ts';
import { UnitLabel } from './UnitLabel.tsx';

interface LegendProps {
  indicator: Indicator;
  period: string;
  classes: LegendClass[];
  hasNoData: boolean;
}

/** Class ranges of the choropleth, with the reading direction spelled out. */
export function Legend({ indicator, period, classes, hasNoData }: LegendProps) {
  const { t, lang } = useI18n();
  const format = (v: number) => formatNumber(lang, v, indicator.decimals);
  return (
    <section className="legend-block" data-testid="legend" aria-label={t.legendTitle}>
      <h2 className="legend-title">
        {localName(lang, indicator)} <UnitLabel unit={indicator.unit} />
      </h2>
      <p className="legend-note">
        {formatSolarHijriText(lang, period, t.solarHijri)} ·{' '}
        {indicator.polarity === 'neutral' ? t.legendDarkerHigher : t.legendDarkerWorse}
      </p>
      <ul className="legend-classes">
        {classes.map((c) => (
          <li key={`${c.from}-${c.to}`}>
            <span className="swatch" style={{ background: cssColour(c.colour) }} />
            <span className="legend-range">
              {format(c.from)} – {format(c.to)}
            </span>
          </li>
        ))}
        {hasNoData ? (
          <li>
            <span className="swatch swatch-nodata" style={{ background: cssColour(noDataColour) }} />
            <span className="legend-range">{t.legendNoData}</span>
          </li>
        ) : null}
      </ul>
      <p className="legend-footnote">{t.legendQuantiles}</p>
    </section>
  );
}
