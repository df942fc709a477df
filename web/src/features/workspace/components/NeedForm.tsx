import { currentSet } from '@tavazon/contract';
import { localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Indicator } from '../../indicators/api/indicators.ts';
import type { ProvinceCollection } from '../../provinces/api/provinces.ts';
import { ProvinceSelect } from '../../provinces/components/ProvinceSelect.tsx';
import { stateWeights, type WorkspaceState } from '../workspaceState.ts';

interface NeedFormProps {
  state: WorkspaceState;
  onState: (patch: Partial<WorkspaceState>) => void;
  indicators: Indicator[];
  provinces: ProvinceCollection | undefined;
}

/** The need score's definition: scope, criteria (with a direction for neutral ones), weights and method. */
export function NeedForm({ state, onState, indicators, provinces }: NeedFormProps) {
  const { t, lang } = useI18n();
  const w = t.workspace;
  const available = indicators.filter((i) => i.available.some((a) => a.set === currentSet));
  const weights = stateWeights(state);
  const given = Array.isArray(weights);

  const toggle = (code: string, on: boolean) => {
    const next = on ? [...state.indicators, code] : state.indicators.filter((c) => c !== code);
    const old = new Map(state.indicators.map((c, i) => [c, Array.isArray(weights) ? weights[i] : 1]));
    onState({
      indicators: next,
      weights: given ? next.map((c) => old.get(c) ?? 1).join(',') : 'entropy',
    });
  };
  const setWeight = (index: number, value: number) => {
    if (!Array.isArray(weights)) return;
    onState({ weights: weights.map((x, i) => (i === index ? value : x)).join(',') });
  };

  return (
    <div className="workspace-form" data-testid="need-form">
      <div className="field">
        <label className="field-label" htmlFor="workspace-province">
          {w.scope}
        </label>
        <ProvinceSelect
          id="workspace-province"
          testId="workspace-province"
          provinces={provinces}
          value={state.province}
          onChange={(province) => onState({ province, scenario: null, compare: null })}
          allLabel={w.wholeCountry}
        />
      </div>
      <fieldset className="fieldset">
        <legend className="field-label">{w.criteria}</legend>
        {available.map((indicator) => {
          const index = state.indicators.indexOf(indicator.code);
          const checked = index >= 0;
          return (
            <div className="composite-row" key={indicator.code}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={checked}
                  data-testid={`need-indicator-${indicator.code}`}
                  onChange={(e) => toggle(indicator.code, e.target.checked)}
                />
                {localName(lang, indicator)}
              </label>
              {checked && indicator.polarity === 'neutral' ? (
                <select
                  className="select select-small"
                  aria-label={`${w.direction}: ${localName(lang, indicator)}`}
                  value={state.polarities[indicator.code] ?? 'higher_better'}
                  onChange={(e) =>
                    onState({
                      polarities: {
                        ...state.polarities,
                        [indicator.code]: e.target.value as 'higher_better' | 'higher_worse',
                      },
                    })
                  }
                >
                  <option value="higher_better">{w.higherBetter}</option>
                  <option value="higher_worse">{w.higherWorse}</option>
                </select>
              ) : checked ? (
                <span className="muted small">
                  {indicator.polarity === 'higher_better' ? w.higherBetter : w.higherWorse}
                </span>
              ) : null}
              {checked && Array.isArray(weights) ? (
                <input
                  type="number"
                  min={0}
                  step={0.5}
                  className="input input-number"
                  aria-label={`${w.weight}: ${localName(lang, indicator)}`}
                  data-testid={`need-weight-${indicator.code}`}
                  value={weights[index] ?? 1}
                  onChange={(e) => setWeight(index, Math.max(0, Number(e.target.value) || 0))}
                />
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <div className="field-row">
        <div className="field">
          <label className="field-label" htmlFor="need-weighting">
            {w.weighting}
          </label>
          <select
            id="need-weighting"
            className="select select-small"
            data-testid="need-weighting"
            value={given ? 'given' : 'entropy'}
            onChange={(e) =>
              onState({
                weights: e.target.value === 'entropy' ? 'entropy' : state.indicators.map(() => 1).join(','),
              })
            }
          >
            <option value="entropy">{w.entropy}</option>
            <option value="given">{w.given}</option>
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="need-method">
            {w.method}
          </label>
          <select
            id="need-method"
            className="select select-small"
            data-testid="need-method"
            value={state.method}
            onChange={(e) => onState({ method: e.target.value as WorkspaceState['method'] })}
          >
            <option value="topsis">{w.topsis}</option>
            <option value="weighted-sum">{w.weightedSum}</option>
          </select>
        </div>
      </div>
      {state.indicators.length === 0 ? <p className="analysis-help">{w.pickCriteria}</p> : null}
    </div>
  );
}
