import { useId } from 'react';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { ChangeMode } from '../time/change.ts';
import { periodLabel } from '../time/periods.ts';

interface PeriodControlProps {
  /** Oldest first; the control is shown only with two or more. */
  periods: string[];
  period: string;
  onPeriod: (period: string) => void;
  change: ChangeMode | undefined;
  onChange: (mode: ChangeMode | undefined) => void;
  /** The comparison period of the change map. */
  base: string | undefined;
  onBase: (period: string) => void;
}

/**
 * The map's time axis: a slider over three or more periods, a two-option switch for two, both native
 * controls so arrow keys move between periods; and the change map's switch, comparison period and mode.
 */
export function PeriodControl({
  periods,
  period,
  onPeriod,
  change,
  onChange,
  base,
  onBase,
}: PeriodControlProps) {
  const { t, lang } = useI18n();
  const m = t.periods;
  const id = useId();
  const index = Math.max(periods.indexOf(period), 0);
  const label = (p: string) => periodLabel(lang, p);
  return (
    <section className="period-control" data-testid="period-control" aria-labelledby={`${id}-title`}>
      <div className="period-row">
        <span className="field-label" id={`${id}-title`}>
          {m.periodControl} <span className="muted">({m.calendar})</span>
        </span>
        {periods.length > 2 ? (
          <div className="period-slider">
            <input
              type="range"
              min={0}
              max={periods.length - 1}
              step={1}
              value={index}
              aria-labelledby={`${id}-title`}
              aria-valuetext={label(period)}
              data-testid="period-slider"
              data-period={period}
              onChange={(e) => {
                const next = periods[Number(e.target.value)];
                if (next) onPeriod(next);
              }}
            />
            <div className="period-ticks" aria-hidden="true">
              {periods.map((p) => (
                <span key={p} className={p === period ? 'is-current' : undefined}>
                  {label(p)}
                </span>
              ))}
            </div>
          </div>
        ) : (
          <div
            className="segmented"
            role="radiogroup"
            aria-labelledby={`${id}-title`}
            data-testid="period-switch"
          >
            {periods.map((p) => (
              <label key={p} className={`segment ${p === period ? 'is-on' : ''}`}>
                <input
                  type="radio"
                  name={`${id}-period`}
                  value={p}
                  checked={p === period}
                  data-testid={`period-option-${p}`}
                  onChange={() => onPeriod(p)}
                />
                {label(p)}
              </label>
            ))}
          </div>
        )}
      </div>
      <div className="period-row">
        <label className="check">
          <input
            type="checkbox"
            checked={change !== undefined}
            data-testid="change-toggle"
            onChange={(e) => onChange(e.target.checked ? 'diff' : undefined)}
          />
          {m.showChange}
        </label>
        {change !== undefined && periods.length > 2 ? (
          <label className="inline-field">
            <span className="field-label">{m.changeFrom}</span>
            <select
              className="select select-small"
              data-testid="change-base"
              value={base ?? ''}
              onChange={(e) => onBase(e.target.value)}
            >
              {periods
                .filter((p) => p !== period)
                .map((p) => (
                  <option key={p} value={p}>
                    {label(p)}
                  </option>
                ))}
            </select>
          </label>
        ) : null}
        {change !== undefined ? (
          <div className="segmented" role="radiogroup" aria-label={m.changeMode} data-testid="change-mode">
            {(['diff', 'pct'] as const).map((mode) => (
              <label key={mode} className={`segment ${mode === change ? 'is-on' : ''}`}>
                <input
                  type="radio"
                  name={`${id}-mode`}
                  value={mode}
                  checked={mode === change}
                  data-testid={`change-mode-${mode}`}
                  onChange={() => onChange(mode)}
                />
                {mode === 'diff' ? m.difference : m.percentChange}
              </label>
            ))}
          </div>
        ) : null}
      </div>
    </section>
  );
}
