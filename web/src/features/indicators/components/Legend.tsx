import { formatNumber, formatSolarHijriText, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Indicator } from '../api/indicators.ts';
import { cssColour, noDataColour } from '../classify/palette.ts';
import type { LegendClass } from '../useChoropleth.ts';
import { EstimatedNote } from './EstimatedNote.tsx';
import { UnitLabel } from './UnitLabel.tsx';

interface LegendProps {
  indicator: Indicator;
  period: string;
  classes: LegendClass[];
  noData: number;
  outOfRange: number;
  /** Units whose value is an estimate (outlined with dashes on the map). */
  estimated?: number;
  methodName: string;
  /** Shown under the classes, e.g. the illustrative scheme at region level. */
  note?: string | undefined;
  /** `legend` for the main map; the comparison map's legend gets its own. */
  testId?: string;
}

/** Class ranges of the choropleth with the number of units in each, and the reading direction spelled out. */
export function Legend({
  indicator,
  period,
  classes,
  noData,
  outOfRange,
  estimated = 0,
  methodName,
  note,
  testId = 'legend',
}: LegendProps) {
  const { t, lang } = useI18n();
  const format = (v: number) => formatNumber(lang, v, indicator.decimals);
  return (
    <section className="legend-block" data-testid={testId} aria-label={t.legendTitle}>
      <h2 className="legend-title">
        {localName(lang, indicator)} <UnitLabel unit={indicator.unit} />
      </h2>
      <p className="legend-note">
        <span data-testid={`${testId}-period`} data-period={period}>
          {formatSolarHijriText(lang, period, t.solarHijri)}
        </span>{' '}
        · {indicator.polarity === 'neutral' ? t.legendDarkerHigher : t.legendDarkerWorse}
      </p>
      <ul className="legend-classes">
        {classes.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: classes are positional
          <li key={i} data-testid={`${testId}-class`} data-count={c.count} data-from={c.from} data-to={c.to}>
            <span className="swatch" style={{ background: cssColour(c.colour) }} />
            <span className="legend-range">
              {format(c.from)} – {format(c.to)}
            </span>
            <span className="legend-count">{formatNumber(lang, c.count)}</span>
          </li>
        ))}
        {noData > 0 ? (
          <li data-testid={`${testId}-nodata`} data-count={noData}>
            <span className="swatch swatch-nodata" style={{ background: cssColour(noDataColour) }} />
            <span className="legend-range">{t.legendNoData}</span>
            <span className="legend-count">{formatNumber(lang, noData)}</span>
          </li>
        ) : null}
      </ul>
      <EstimatedNote count={estimated} testId={testId} />
      {outOfRange > 0 ? (
        <p className="legend-footnote">{t.analysis.outOfRange(formatNumber(lang, outOfRange))}</p>
      ) : null}
      <p className="legend-footnote" data-testid={`${testId}-method`}>
        {t.analysis.legendFootnote(methodName)}
      </p>
      {note ? <p className="legend-footnote">{note}</p> : null}
    </section>
  );
}
