import { formatNumber, formatSigned, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Indicator } from '../api/indicators.ts';
import { cssColour, noDataColour } from '../classify/palette.ts';
import { periodLabel } from '../time/periods.ts';
import type { ChangeMap } from '../time/useChangeMap.ts';
import { EstimatedNote } from './EstimatedNote.tsx';
import { UnitLabel } from './UnitLabel.tsx';

/**
 * The change map's legend: classes from the largest fall to the largest rise, each side named by what it
 * means for the indicator (improved / worsened, or increase / decrease for a neutral one).
 */
export function ChangeLegend({ indicator, change }: { indicator: Indicator; change: ChangeMap }) {
  const { t, lang } = useI18n();
  const m = t.periods;
  const pct = change.mode === 'pct';
  const decimals = pct ? 1 : indicator.decimals;
  const format = (v: number) => `${formatSigned(lang, v, decimals)}${pct ? t.percentSign : ''}`;
  const neutral = indicator.polarity === 'neutral';
  const sideName = (side: 'better' | 'worse' | 'none') =>
    side === 'none'
      ? m.noChange
      : neutral
        ? side === 'better'
          ? m.increase
          : m.decrease
        : side === 'better'
          ? m.improved
          : m.worsened;
  const estimated = change.changes.filter((c) => c.estimated && c.change !== null).length;
  return (
    <section
      className="legend-block"
      data-testid="change-legend"
      aria-label={t.legendTitle}
      data-mode={change.mode}
    >
      <h2 className="legend-title">
        {localName(lang, indicator)}{' '}
        {pct ? <span className="unit">(٪)</span> : <UnitLabel unit={indicator.unit} />}
      </h2>
      <p className="legend-note">
        {m.changeTitle(periodLabel(lang, change.from), periodLabel(lang, change.to))} ·{' '}
        {pct ? m.percentChange : m.difference}
      </p>
      <ul className="legend-classes">
        {change.classes.map((c, i) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: classes are positional
            key={i}
            data-testid="change-legend-class"
            data-side={c.side}
            data-count={c.count}
            data-from={c.from}
            data-to={c.to}
          >
            <span className="swatch" style={{ background: cssColour(c.colour) }} />
            <span className="legend-range">
              {c.side === 'none' ? formatNumber(lang, 0) : `${format(c.from)} – ${format(c.to)}`}
              <span className="muted"> · {sideName(c.side)}</span>
            </span>
            <span className="legend-count">{formatNumber(lang, c.count)}</span>
          </li>
        ))}
        {change.noData > 0 ? (
          <li data-testid="change-legend-nodata" data-count={change.noData}>
            <span className="swatch swatch-nodata" style={{ background: cssColour(noDataColour) }} />
            <span className="legend-range">{m.missingEither}</span>
            <span className="legend-count">{formatNumber(lang, change.noData)}</span>
          </li>
        ) : null}
      </ul>
      <EstimatedNote count={estimated} testId="change-legend" />
    </section>
  );
}
