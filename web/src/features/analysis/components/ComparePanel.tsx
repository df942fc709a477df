import { localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Indicator, IndicatorChoice } from '../../indicators/api/indicators.ts';

interface ComparePanelProps {
  choice: IndicatorChoice;
  indicators: Indicator[];
  compare: string;
  onCompare: (code: string) => void;
}

/** Picks the indicator of the second map; only those published for the same set and period can be paired. */
export function ComparePanel({ choice, indicators, compare, onCompare }: ComparePanelProps) {
  const { t, lang } = useI18n();
  return (
    <div className="analysis-compare" data-testid="compare-panel">
      <div className="field">
        <label className="field-label" htmlFor="compare-indicator">
          {t.analysis.compareRight}
        </label>
        <select
          id="compare-indicator"
          className="select"
          data-testid="compare-select"
          value={compare}
          onChange={(e) => onCompare(e.target.value)}
        >
          <option value="">—</option>
          {indicators
            .filter((i) => i.available.some((x) => x.set === choice.set && x.period === choice.period))
            .map((i) => (
              <option key={i.code} value={i.code}>
                {localName(lang, i)}
              </option>
            ))}
        </select>
      </div>
      <p className="analysis-help">{t.analysis.compareNote}</p>
    </div>
  );
}
