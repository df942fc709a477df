import { useId } from 'react';
import { formatSolarHijriText, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Indicator, IndicatorChoice } from '../api/indicators.ts';

interface IndicatorSelectProps {
  indicators: Indicator[];
  value: IndicatorChoice | null;
  onChange: (choice: IndicatorChoice | null) => void;
  disabled?: boolean;
}

// One option per indicator and place it was measured (boundary set and period): choosing it also
// chooses the boundaries the choropleth is drawn on.
const encode = (choice: IndicatorChoice) => `${choice.code}|${choice.set}|${choice.period}`;

export function IndicatorSelect({ indicators, value, onChange, disabled }: IndicatorSelectProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const options = indicators.flatMap((indicator) =>
    indicator.available.map((a) => ({
      indicator,
      choice: { code: indicator.code, set: a.set, period: a.period },
    })),
  );
  // Grouped by boundary set, the one the map opens on first; within a set, the period is said when
  // the indicator has more than one there.
  const sets = [...new Set(options.map((o) => o.choice.set))].sort(
    (a, b) => Number(b === 'current') - Number(a === 'current') || a.localeCompare(b),
  );
  const multiplePeriods = (code: string, set: string) =>
    options.filter((o) => o.indicator.code === code && o.choice.set === set).length > 1;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {t.indicator}
      </label>
      <select
        id={id}
        className="select"
        data-testid="indicator-select"
        value={value ? encode(value) : ''}
        disabled={disabled}
        onChange={(event) => {
          const picked = options.find((o) => encode(o.choice) === event.target.value);
          onChange(picked ? picked.choice : null);
        }}
      >
        <option value="">{t.noIndicator}</option>
        {sets.map((set) => (
          <optgroup key={set} label={t.boundarySetNames[set] ?? set}>
            {options
              .filter((o) => o.choice.set === set)
              .map(({ indicator, choice }) => (
                <option key={encode(choice)} value={encode(choice)}>
                  {localName(lang, indicator)}
                  {multiplePeriods(indicator.code, set)
                    ? ` (${formatSolarHijriText(lang, choice.period, t.solarHijri)})`
                    : ''}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
