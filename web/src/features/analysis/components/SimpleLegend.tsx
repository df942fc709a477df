import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { cssColour, type Rgb } from '../../indicators/classify/palette.ts';

export interface SimpleLegendItem {
  key: string;
  colour: Rgb;
  label: string;
  count: number;
}

/** A legend of named classes with counts (LISA clusters, composite score classes). */
export function SimpleLegend({
  title,
  note,
  items,
  testId,
}: {
  title: string;
  note?: string | undefined;
  items: SimpleLegendItem[];
  testId: string;
}) {
  const { lang } = useI18n();
  return (
    <section className="legend-block" data-testid={testId}>
      <h2 className="legend-title">{title}</h2>
      {note ? <p className="legend-note">{note}</p> : null}
      <ul className="legend-classes">
        {items.map((item) => (
          <li key={item.key} data-testid={`${testId}-item`} data-key={item.key} data-count={item.count}>
            <span className="swatch" style={{ background: cssColour(item.colour) }} />
            <span className="legend-range">{item.label}</span>
            <span className="legend-count">{formatNumber(lang, item.count)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
