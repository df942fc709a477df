import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { comparisonQuery, figuresQuery, type ScenarioFigures, type ScenarioSide } from '../api/workspace.ts';

const sideRows = ['gini_active', 'theil_active', 'gini_investment', 'theil_investment'] as const;

/** Before and after: the band counts and the inequality measures, beside a second scenario if chosen. */
export function ScenarioFiguresView({ id, compare }: { id: number; compare: number | null }) {
  const { t, lang } = useI18n();
  const w = t.workspace;
  const single = useQuery({ ...figuresQuery(id), enabled: compare === null });
  const paired = useQuery({ ...comparisonQuery(id, compare ?? 0), enabled: compare !== null });
  const error = compare === null ? single.error : paired.error;
  if (error) return <ErrorNotice what={w.figuresTitle} error={error} />;
  const columns: ScenarioFigures[] =
    compare === null ? (single.data ? [single.data] : []) : paired.data ? [paired.data.a, paired.data.b] : [];
  if (columns.length === 0) return <p className="muted">{t.loading}</p>;
  const label: Record<(typeof sideRows)[number], string> = {
    gini_active: w.giniActive,
    theil_active: w.theilActive,
    gini_investment: w.giniInvestment,
    theil_investment: w.theilInvestment,
  };
  const value = (side: ScenarioSide, key: (typeof sideRows)[number]) => {
    const v = side[key];
    return v === null ? w.notMeasurable : formatNumber(lang, v, 3);
  };
  return (
    <section className="scenario-figures" data-testid="scenario-figures">
      <h4 className="analysis-heading">{w.figuresTitle}</h4>
      <div className="figures-table">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col" />
              {columns.map((f) => (
                <th scope="colgroup" colSpan={2} key={f.id}>
                  {f.name}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col" />
              {columns.flatMap((f) => [
                <th scope="col" key={`${f.id}b`}>
                  {w.before}
                </th>,
                <th scope="col" key={`${f.id}a`}>
                  {w.after}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {(['below', 'within', 'above'] as const).map((position) => (
              <tr key={position} data-testid={`figures-${position}`}>
                <th scope="row">{w.countsLabel[position]}</th>
                {columns.flatMap((f) => [
                  <td key={`${f.id}b`} data-testid="figure-before" data-value={f.before.counts[position]}>
                    {formatNumber(lang, f.before.counts[position])}
                  </td>,
                  <td key={`${f.id}a`} data-testid="figure-after" data-value={f.after.counts[position]}>
                    {formatNumber(lang, f.after.counts[position])}
                  </td>,
                ])}
              </tr>
            ))}
            {sideRows.map((key) => (
              <tr key={key} data-testid={`figures-${key}`}>
                <th scope="row">{label[key]}</th>
                {columns.flatMap((f) => [
                  <td key={`${f.id}b`} data-testid="figure-before" data-value={f.before[key] ?? ''}>
                    {value(f.before, key)}
                  </td>,
                  <td key={`${f.id}a`} data-testid="figure-after" data-value={f.after[key] ?? ''}>
                    {value(f.after, key)}
                  </td>,
                ])}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {paired.data ? (
        <div data-testid="scenario-differing">
          <h4 className="analysis-heading">{w.differing}</h4>
          {paired.data.differing.length === 0 ? (
            <p className="muted">{w.noDifference}</p>
          ) : (
            <ul className="trail-list">
              {paired.data.differing.map((d) => (
                <li key={d.code} data-code={d.code}>
                  {localName(lang, d)}: {formatNumber(lang, d.a)} / {formatNumber(lang, d.b)}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </section>
  );
}
