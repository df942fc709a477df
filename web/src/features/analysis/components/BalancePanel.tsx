import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Indicator } from '../../indicators/api/indicators.ts';
import { type AnalysisScope, inequalityQuery } from '../api/analysis.ts';
import { Histogram, LorenzCurve } from './Charts.tsx';
import { Figure, Section } from './Figure.tsx';
import { LisaSection, type LisaSectionProps } from './LisaSection.tsx';

interface BalancePanelProps extends LisaSectionProps {
  indicator: Indicator;
  indicators: Indicator[];
  scope: AnalysisScope;
  scopeName: string;
  weight: string;
  onWeight: (weight: string) => void;
  values: number[];
}

/** Inequality figures, Lorenz curve, histogram and the LISA controls for the current scope. */
export function BalancePanel(props: BalancePanelProps) {
  const { t, lang } = useI18n();
  const a = t.analysis;
  const { indicator, scope, weight } = props;
  const weightParam = weight === '' ? null : weight;
  const inequality = useQuery(inequalityQuery(scope, weightParam));
  const data = inequality.data;
  const f3 = (v: number | null | undefined) =>
    v === null || v === undefined ? t.noValue : formatNumber(lang, v, 3);
  const weightOptions = [
    ...new Set(['population', ...(indicator.weight_indicator ? [indicator.weight_indicator] : [])]),
  ];
  const betweenShare =
    data?.theil.between !== null && data?.theil.between !== undefined && data.theil.total > 0
      ? data.theil.between / data.theil.total
      : null;

  return (
    <div className="analysis-balance" data-testid="balance-panel">
      <h2 className="analysis-title">{a.balanceTitle(props.scopeName)}</h2>
      <div className="field">
        <label className="field-label" htmlFor="balance-weight">
          {a.weight}
        </label>
        <select
          id="balance-weight"
          className="select"
          data-testid="balance-weight"
          value={weight}
          onChange={(e) => props.onWeight(e.target.value)}
        >
          <option value="">{a.weightNone}</option>
          {weightOptions.map((w) => {
            const named = props.indicators.find((i) => i.code === w);
            return (
              <option key={w} value={w}>
                {named ? localName(lang, named) : w}
              </option>
            );
          })}
        </select>
      </div>
      {inequality.error ? (
        <ErrorNotice
          what={a.balanceTitle(props.scopeName)}
          error={inequality.error}
          onRetry={() => void inequality.refetch()}
        />
      ) : null}
      {inequality.isPending ? <p className="muted">{t.loading}</p> : null}
      {data ? (
        <>
          <p className="analysis-help" data-testid="balance-n">
            {a.countiesUsed(formatNumber(lang, data.n))}
            {data.missing.length > 0 ? ` · ${a.missing(formatNumber(lang, data.missing.length))}` : ''}
          </p>
          <dl className="figures">
            <Figure id="gini" label={a.gini} value={f3(data.gini)} help={a.giniHelp} raw={data.gini} />
            <Figure
              id="gini-weighted"
              label={a.giniWeighted}
              value={f3(data.giniWeighted)}
              help={a.giniWeightedHelp}
              raw={data.giniWeighted}
            />
            <Figure id="cv" label={a.cv} value={f3(data.cv)} help={a.cvHelp} raw={data.cv} />
            <Figure
              id="williamson"
              label={a.williamson}
              value={f3(data.williamson)}
              help={a.williamsonHelp}
              raw={data.williamson}
            />
            <Figure
              id="maxmin"
              label={a.maxMin}
              value={data.maxMinRatio === null ? t.noValue : formatNumber(lang, data.maxMinRatio, 2)}
              help={a.maxMinHelp}
              raw={data.maxMinRatio}
            />
            <Figure
              id="theil"
              label={a.theil}
              value={f3(data.theil.total)}
              help={a.theilHelp}
              raw={data.theil.total}
            />
          </dl>
          <Section title={a.theil}>
            {data.groupedBy ? (
              <div className="theil-split" data-testid="theil-split" data-grouped-by={data.groupedBy}>
                <p className="analysis-help">
                  {data.groupedBy === 'scheme' ? a.splitByScheme : a.splitByProvince}
                </p>
                <div className="split-bar" aria-hidden="true">
                  <span className="split-between" style={{ width: `${(betweenShare ?? 0) * 100}%` }} />
                  <span className="split-within" style={{ width: `${(1 - (betweenShare ?? 0)) * 100}%` }} />
                </div>
                <dl className="figures figures-compact">
                  <Figure
                    id="theil-between"
                    label={a.between}
                    value={f3(data.theil.between)}
                    help=""
                    raw={data.theil.between}
                  />
                  <Figure
                    id="theil-within"
                    label={a.within}
                    value={f3(data.theil.within)}
                    help=""
                    raw={data.theil.within}
                  />
                </dl>
                {betweenShare !== null ? (
                  <p className="analysis-answer" data-testid="between-share" data-value={betweenShare}>
                    {a.betweenShare(
                      new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-GB', {
                        style: 'percent',
                        maximumFractionDigits: 1,
                      }).format(betweenShare),
                    )}
                  </p>
                ) : null}
                <table className="data-table" data-testid="theil-groups">
                  <thead>
                    <tr>
                      <th>{a.groupsHeading}</th>
                      <th>{a.unitsHeading}</th>
                      <th>{a.value}</th>
                      <th>{a.between}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.theil.groups.map((g) => (
                      <tr key={g.code}>
                        <td>{localName(lang, g)}</td>
                        <td>{formatNumber(lang, g.units)}</td>
                        <td>{formatNumber(lang, g.mean, indicator.decimals)}</td>
                        <td>{formatNumber(lang, g.betweenTerm, 4)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="analysis-help" data-testid="theil-no-split">
                {a.noSplit}
              </p>
            )}
          </Section>
          <Section title={a.lorenz} help={a.lorenzHelp}>
            <LorenzCurve points={data.lorenz} />
          </Section>
        </>
      ) : null}
      <Section title={a.histogram}>
        <Histogram values={props.values} decimals={indicator.decimals} mean={data?.mean} />
      </Section>
      <LisaSection {...props} />
    </div>
  );
}
