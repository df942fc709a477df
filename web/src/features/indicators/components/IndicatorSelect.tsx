import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { metaQuery } from '../../meta/api/meta.ts';
import { boundarySetName } from '../../meta/boundarySetName.ts';
import type { Indicator, IndicatorChoice } from '../api/indicators.ts';
import { periodsOf } from '../time/periods.ts';

interface IndicatorSelectProps {
  indicators: Indicator[];
  value: IndicatorChoice | null;
  onChange: (choice: IndicatorChoice | null) => void;
  disabled?: boolean;
}

// One option per indicator and boundary set: choosing it also chooses the boundaries the choropleth is
// drawn on, in the set's latest period; the period control on the map moves between its periods. The
// option's value names that latest period, so a link or a test may still pick `code|set|period`.
const encode = (choice: IndicatorChoice) => `${choice.code}|${choice.set}|${choice.period}`;

export function IndicatorSelect({ indicators, value, onChange, disabled }: IndicatorSelectProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const boundarySets = useQuery(metaQuery).data?.boundarySets;
  const options = indicators.flatMap((indicator) =>
    [...new Set(indicator.available.map((a) => a.set))].flatMap((set) => {
      const latest = periodsOf(indicator, set).at(-1);
      return latest ? [{ indicator, choice: { code: indicator.code, set, period: latest } }] : [];
    }),
  );
  const selected = value
    ? options.find((o) => o.choice.code === value.code && o.choice.set === value.set)
    : undefined;
  // Grouped by boundary set, the one the map opens on first; one option per indicator and set, the
  // period control on the map moving between its periods.
  const sets = [...new Set(options.map((o) => o.choice.set))].sort(
    (a, b) => Number(b === 'current') - Number(a === 'current') || a.localeCompare(b),
  );
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {t.indicator}
      </label>
      <select
        id={id}
        className="select"
        data-testid="indicator-select"
        value={selected ? encode(selected.choice) : ''}
        disabled={disabled}
        onChange={(event) => {
          const picked = options.find((o) => encode(o.choice) === event.target.value);
          onChange(picked ? picked.choice : null);
        }}
      >
        <option value="">{t.noIndicator}</option>
        {sets.map((set) => (
          <optgroup
            key={set}
            label={boundarySetName(
              lang,
              set,
              boundarySets?.find((s) => s.code === set),
            )}
          >
            {options
              .filter((o) => o.choice.set === set)
              .map(({ indicator, choice }) => (
                <option key={encode(choice)} value={encode(choice)}>
                  {localName(lang, indicator)}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
