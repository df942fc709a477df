import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorNotice } from '../../../app/ErrorNotice.tsx';
import { formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Indicator } from '../../indicators/api/indicators.ts';
import {
  type AnalysisScope,
  type Autocorrelation,
  type Contiguity,
  inequalityQuery,
} from '../api/analysis.ts';
import { Histogram, LorenzCurve } from './Charts.tsx';

interface BalancePanelProps {
  indicator: Indicator;
  indicators: Indicator[];
  scope: AnalysisScope;
  scopeName: string;
  weight: string;
  onWeight: (weight: string) => void;
  values: number[];
  lisa: { data: Autocorrelation | undefined; error: Error | null; isPending: boolean; refetch: () => void };
  showLisa: boolean;
  onShowLisa: (on: boolean) => void;
  significance: number;
  onSignificance: (s: number) => void;
  contiguity: Contiguity;
  onContiguity: (c: Contiguity) => void;
}

function Figure({
  id,
  label,
  value,
  help,
  raw,
}: {
  id: string;
  label: string;
  value: string;
  help: string;
  raw: number | null;
}) {
  return (
    <div className="figure" data-testid={`figure-${id}`} data-value={raw ?? ''}>
      <dt>{label}</dt>
      <dd className="figure-value" data-testid={`figure-${id}-value`}>
        {value}
      </dd>
      <dd className="figure-help">{help}</dd>
    </div>
  );
}

function Section({ title, children, help }: { title: string; help?: string; children: ReactNode }) {
  return (
    <section className="analysis-section">
      <h3 className="analysis-heading">{title}</h3>
      {help ? <p className="analysis-help">{help}</p> : null}
      {children}
    </section>
  );
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
  const lisa = props.lisa.data;
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
      <Section title={a.lisa} help={a.lisaHelp}>
        <label className="check">
          <input
            type="checkbox"
            checked={props.showLisa}
            data-testid="lisa-toggle"
            onChange={(e) => props.onShowLisa(e.target.checked)}
          />
          {a.showLisa}
        </label>
        <div className="field-row">
          <div className="field">
            <label className="field-label" htmlFor="lisa-significance">
              {a.significance}
            </label>
            <select
              id="lisa-significance"
              className="select"
              data-testid="lisa-significance"
              value={String(props.significance)}
              onChange={(e) => props.onSignificance(Number(e.target.value))}
            >
              {[0.05, 0.01, 0.001].map((s) => (
                <option key={s} value={String(s)}>
                  {formatNumber(lang, s, String(s).length - 2)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor="lisa-contiguity">
              {a.contiguity}
            </label>
            <select
              id="lisa-contiguity"
              className="select"
              data-testid="lisa-contiguity"
              value={props.contiguity}
              onChange={(e) => props.onContiguity(e.target.value as Contiguity)}
            >
              <option value="queen">{a.queen}</option>
              <option value="rook">{a.rook}</option>
            </select>
          </div>
        </div>
        {props.lisa.error ? (
          <ErrorNotice what={a.lisa} error={props.lisa.error} onRetry={props.lisa.refetch} />
        ) : null}
        {props.lisa.isPending && !props.lisa.error ? <p className="muted">{t.loading}</p> : null}
        {lisa ? (
          <dl className="figures figures-compact" data-testid="moran">
            <Figure
              id="moran-i"
              label={a.moranI}
              value={f3(lisa.moranI)}
              help={a.moranHelp}
              raw={lisa.moranI}
            />
            <Figure
              id="moran-z"
              label={a.zScore}
              value={formatNumber(lang, lisa.z, 2)}
              help=""
              raw={lisa.z}
            />
            <Figure
              id="moran-p"
              label={a.pPermutation}
              value={f3(lisa.pPermutation)}
              help=""
              raw={lisa.pPermutation}
            />
          </dl>
        ) : null}
        {lisa ? <LisaList lisa={lisa} /> : null}
      </Section>
    </div>
  );
}

/** The significant clusters by name: the direct answer to "which counties cluster high?". */
function LisaList({ lisa }: { lisa: Autocorrelation }) {
  const { t, lang } = useI18n();
  const groups = (['HH', 'LL', 'HL', 'LH'] as const)
    .map((q) => ({ q, units: lisa.units.filter((u) => u.quadrant === q) }))
    .filter((g) => g.units.length > 0);
  return (
    <ul className="lisa-list" data-testid="lisa-list">
      {groups.map((g) => (
        <li key={g.q} data-testid={`lisa-list-${g.q}`}>
          <strong>{t.analysis.quadrants[g.q]}:</strong>{' '}
          {g.units.map((u) => localName(lang, u)).join(t.listSeparator)}
        </li>
      ))}
    </ul>
  );
}
