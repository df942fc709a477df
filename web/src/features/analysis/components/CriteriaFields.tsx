import type { CompositeMethod, Polarity } from '@tavazon/contract';
import type { ReactNode } from 'react';
import { localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Indicator } from '../../indicators/api/indicators.ts';
import { parseWeights } from '../compositeWeights.ts';

type Direction = Exclude<Polarity, 'neutral'>;

/** A score's criteria as the URL keeps them: weights are "entropy" or typed numbers ("1,2,1"). */
export interface Criteria {
  indicators: string[];
  weights: string;
  method: CompositeMethod;
  polarities: Record<string, Direction>;
}

/** The words of the fields: each page keeps its own (the workspace says more about entropy). */
export interface CriteriaLabels {
  direction: string;
  higherBetter: string;
  higherWorse: string;
  weighting: string;
  entropy: string;
  given: string;
  method: string;
  topsis: string;
  weightedSum: string;
}

interface CriteriaFieldsProps {
  /** The indicators that may be chosen (those with values on the boundary set shown). */
  available: Indicator[];
  value: Criteria;
  onChange: (patch: Partial<Criteria>) => void;
  /** Prefix of the controls' ids and test ids: the planners' composite and the officials' need score. */
  prefix: 'composite' | 'need';
  legend: string;
  labels: CriteriaLabels;
  /** Further choices shown beside the weighting and the method (the composite's normalisation). */
  extra?: ReactNode;
}

/**
 * The criteria of a score built from several indicators: which indicators, a direction for the neutral
 * ones, typed or entropy weights and the method. The composite index and the need score share it, as
 * they share the server's rules for the same fields (contract/src/criteria.ts).
 */
export function CriteriaFields(props: CriteriaFieldsProps) {
  const { available, value, onChange, prefix, legend, labels: a, extra } = props;
  const { lang } = useI18n();
  const given = value.weights !== 'entropy';
  const weights = parseWeights(value.weights, value.indicators.length);

  const toggle = (code: string, on: boolean) => {
    const indicators = on ? [...value.indicators, code] : value.indicators.filter((c) => c !== code);
    // Keep each indicator's typed weight when others are added or removed.
    const old = new Map(value.indicators.map((c, i) => [c, Array.isArray(weights) ? weights[i] : 1]));
    onChange({ indicators, weights: given ? indicators.map((c) => old.get(c) ?? 1).join(',') : 'entropy' });
  };
  const setWeight = (index: number, weight: number) => {
    if (!Array.isArray(weights)) return;
    onChange({ weights: weights.map((x, i) => (i === index ? weight : x)).join(',') });
  };

  return (
    <>
      <fieldset className="fieldset">
        <legend className="field-label">{legend}</legend>
        {available.map((indicator) => {
          const index = value.indicators.indexOf(indicator.code);
          const checked = index >= 0;
          const name = localName(lang, indicator);
          return (
            <div className="composite-row" key={indicator.code}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={checked}
                  data-testid={`${prefix}-indicator-${indicator.code}`}
                  onChange={(e) => toggle(indicator.code, e.target.checked)}
                />
                {name}
              </label>
              {checked && indicator.polarity === 'neutral' ? (
                <select
                  className="select select-small"
                  aria-label={`${a.direction}: ${name}`}
                  data-testid={`${prefix}-polarity-${indicator.code}`}
                  value={value.polarities[indicator.code] ?? 'higher_better'}
                  onChange={(e) =>
                    onChange({
                      polarities: { ...value.polarities, [indicator.code]: e.target.value as Direction },
                    })
                  }
                >
                  <option value="higher_better">{a.higherBetter}</option>
                  <option value="higher_worse">{a.higherWorse}</option>
                </select>
              ) : checked ? (
                <span className="muted small">
                  {indicator.polarity === 'higher_better' ? a.higherBetter : a.higherWorse}
                </span>
              ) : null}
              {checked && Array.isArray(weights) ? (
                <input
                  type="number"
                  min={0}
                  step={0.5}
                  className="input input-number"
                  aria-label={`${a.weighting}: ${name}`}
                  data-testid={`${prefix}-weight-${indicator.code}`}
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
          <label className="field-label" htmlFor={`${prefix}-weighting`}>
            {a.weighting}
          </label>
          <select
            id={`${prefix}-weighting`}
            className="select select-small"
            data-testid={`${prefix}-weighting`}
            value={given ? 'given' : 'entropy'}
            onChange={(e) =>
              onChange({
                weights: e.target.value === 'entropy' ? 'entropy' : value.indicators.map(() => 1).join(','),
              })
            }
          >
            <option value="entropy">{a.entropy}</option>
            <option value="given">{a.given}</option>
          </select>
        </div>
        {extra}
        <div className="field">
          <label className="field-label" htmlFor={`${prefix}-method`}>
            {a.method}
          </label>
          <select
            id={`${prefix}-method`}
            className="select select-small"
            data-testid={`${prefix}-method`}
            value={value.method}
            onChange={(e) => onChange({ method: e.target.value as CompositeMethod })}
          >
            <option value="topsis">{a.topsis}</option>
            <option value="weighted-sum">{a.weightedSum}</option>
          </select>
        </div>
      </div>
    </>
  );
}
