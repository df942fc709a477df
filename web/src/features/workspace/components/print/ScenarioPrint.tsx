import './print.css';
import { useQuery } from '@tanstack/react-query';
import { currentSet } from '@tavazon/contract';
import { useEffect, useMemo } from 'react';
import { ErrorNotice } from '../../../../shared/components/ErrorNotice.tsx';
import { countiesQuery } from '../../../counties/api/counties.ts';
import { en } from '../../../i18n/en.ts';
import { fa } from '../../../i18n/fa.ts';
import { formatDate, formatNumber, localName } from '../../../i18n/format.ts';
import type { Lang } from '../../../i18n/messages.ts';
import { indicatorsQuery } from '../../../indicators/api/indicators.ts';
import { metaQuery } from '../../../meta/api/meta.ts';
import { formatDateTime } from '../../../projects/timeline/formatDateTime.ts';
import { figuresQuery, gapQuery, scenarioQuery, stabilityQuery } from '../../api/workspace.ts';
import { stabilityDraws, topKOf } from '../../useWorkspace.ts';
import { PrintMap } from './PrintMap.tsx';

/**
 * A scenario on paper (A4): the map of need against coverage with the proposed counties, the criteria and
 * their weights, the rank ranges, the proposed projects, the before/after figures and the approval trail.
 * Persian (RTL, Solar Hijri dates) unless English is asked for; the screen-only controls are not printed.
 */
export function ScenarioPrint({
  id,
  lang,
  onLang,
  onBack,
}: {
  id: number;
  lang: Lang;
  onLang: (lang: Lang) => void;
  onBack: () => void;
}) {
  const t = lang === 'fa' ? fa : en;
  const w = t.workspace;
  const scenario = useQuery(scenarioQuery(id));
  const figures = useQuery(figuresQuery(id));
  const indicators = useQuery(indicatorsQuery);
  const meta = useQuery(metaQuery);
  const s = scenario.data;
  const request = useMemo(
    () =>
      s
        ? {
            set: currentSet,
            province: s.province,
            indicators: s.indicators,
            weights: s.weights ?? ('entropy' as const),
            method: s.method,
            ...(Object.keys(s.polarities).length ? { polarities: s.polarities } : {}),
            ...(s.period ? { period: s.period } : {}),
          }
        : null,
    [s],
  );
  const gap = useQuery({ ...gapQuery(request ?? { indicators: [] }), enabled: request !== null });
  const n = gap.data?.units.length ?? 0;
  const topK = topKOf(n);
  const stability = useQuery({
    ...stabilityQuery(request ?? { indicators: [] }, { draws: stabilityDraws, seed: s?.seed ?? 1404, topK }),
    enabled: request !== null && n >= topK,
  });
  const counties = useQuery({
    ...countiesQuery({ set: currentSet, zoom: 8, province: s?.province }),
    enabled: !!s,
  });

  // Printing hides the application around this page (print.css).
  useEffect(() => {
    document.body.classList.add('printing-scenario');
    return () => document.body.classList.remove('printing-scenario');
  }, []);

  const error = scenario.error ?? figures.error ?? gap.error ?? stability.error ?? counties.error;
  if (error)
    return (
      <div className="print-page">
        <ErrorNotice what={w.printTitle} error={error} />
      </div>
    );
  const ready = s && figures.data && gap.data && stability.data && counties.data;
  const num = (x: number, d = 0) => formatNumber(lang, x, d);
  const indicatorName = (code: string) => {
    const found = indicators.data?.find((i) => i.code === code);
    return found ? localName(lang, found) : code;
  };
  const sectorName = (code: string) => {
    const found = meta.data?.sectors.find((x) => x.code === code);
    return found ? localName(lang, found) : code;
  };
  const gapByCode = new Map((gap.data?.units ?? []).map((u) => [u.code, u]));
  const proposed = new Map<string, number>();
  for (const p of s?.projects ?? []) proposed.set(p.county, (proposed.get(p.county) ?? 0) + 1);
  const ranked = [...(stability.data?.units ?? [])].sort((a, b) => a.rank - b.rank);
  const shown = ranked.filter((u, i) => i < Math.max(10, topK) || proposed.has(u.code));
  return (
    <div
      className="print-page"
      dir={lang === 'fa' ? 'rtl' : 'ltr'}
      lang={lang}
      data-testid="print-page"
      data-ready={ready ? 'true' : 'false'}
    >
      <div className="print-controls">
        <button type="button" className="button" onClick={onBack}>
          {w.backToWorkspace}
        </button>
        <button
          type="button"
          className="button"
          data-testid="print-language"
          onClick={() => onLang(lang === 'fa' ? 'en' : 'fa')}
        >
          {w.otherLanguage}
        </button>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {w.printNow}
        </button>
      </div>
      {!ready ? (
        <p className="muted">{t.loading}</p>
      ) : (
        <article className="print-sheet">
          <header className="print-header">
            <p className="print-eyebrow">
              {t.appName} · {w.printTitle}
            </p>
            <h1 data-testid="print-title">{s.name}</h1>
            <p>
              {localName(lang, { name_fa: s.province_name_fa, name_en: s.province_name_en })} ·{' '}
              <strong>{w.statuses[s.status]}</strong> ·{' '}
              {w.printedOn(formatDate(lang, new Date().toISOString()))}
            </p>
          </header>
          <section>
            <h2>{w.bivariateTitle}</h2>
            <PrintMap
              counties={counties.data.features}
              gap={gapByCode}
              proposed={proposed}
              lang={lang}
              label={w.bivariateTitle}
            />
            <p className="print-note">{w.bivariateExplain}</p>
          </section>
          <section>
            <h2>{w.criteriaWeights}</h2>
            <table>
              <thead>
                <tr>
                  <th>{w.criteria}</th>
                  <th>{w.direction}</th>
                  <th>{w.weight}</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(gap.data.weights).map(([code, weight]) => (
                  <tr key={code}>
                    <td>{indicatorName(code)}</td>
                    <td>{gap.data.polarities[code] === 'higher_better' ? w.higherBetter : w.higherWorse}</td>
                    <td>{num(weight, 3)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="print-note">
              {s.weights ? w.given : w.entropy} · {s.method === 'topsis' ? w.topsis : w.weightedSum} ·{' '}
              {w.seed} {num(s.seed)} · {w.rankOrder}
            </p>
          </section>
          <section>
            <h2>{w.rankRanges}</h2>
            <p className="print-note">{w.stabilityNote(num(topK), num(stability.data.weightings))}</p>
            <table data-testid="print-ranks">
              <thead>
                <tr>
                  <th>{w.columns.rank}</th>
                  <th>{w.columns.county}</th>
                  <th>{w.columns.range}</th>
                  <th>{w.topShare(num(topK))}</th>
                  <th>{w.columns.position}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((u) => {
                  const g = gapByCode.get(u.code);
                  return (
                    <tr key={u.code} className={proposed.has(u.code) ? 'print-proposed' : undefined}>
                      <td>{num(u.rank)}</td>
                      <td>{g ? localName(lang, g) : u.code}</td>
                      <td>
                        {num(u.low)}–{num(u.high)}
                      </td>
                      <td>
                        {num(u.topShare * 100)}
                        {t.percentSign}
                      </td>
                      <td>{g ? `${w.positions[g.coverageClass]} (${num(g.coverage.active)})` : ''}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
          <section>
            <h2>{w.proposedProjects}</h2>
            <table data-testid="print-projects">
              <thead>
                <tr>
                  <th>{w.county}</th>
                  <th>{w.titleFa}</th>
                  <th>{w.sector}</th>
                  <th>{w.investment}</th>
                  <th>{w.jobs}</th>
                </tr>
              </thead>
              <tbody>
                {s.projects.map((p, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the rows are the scenario's, in its order
                  <tr key={i}>
                    <td>{localName(lang, { name_fa: p.county_name_fa, name_en: p.county_name_en })}</td>
                    <td>{lang === 'en' && p.title_en ? p.title_en : p.title_fa}</td>
                    <td>{sectorName(p.sector)}</td>
                    <td>{p.investment === null ? '—' : num(p.investment)}</td>
                    <td>{p.expected_jobs === null ? '—' : num(p.expected_jobs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section>
            <h2>{w.figuresTitle}</h2>
            <table>
              <thead>
                <tr>
                  <th />
                  <th>{w.before}</th>
                  <th>{w.after}</th>
                </tr>
              </thead>
              <tbody>
                {(['below', 'within', 'above'] as const).map((position) => (
                  <tr key={position}>
                    <td>{w.countsLabel[position]}</td>
                    <td>{num(figures.data.before.counts[position])}</td>
                    <td>{num(figures.data.after.counts[position])}</td>
                  </tr>
                ))}
                {(['gini_active', 'theil_active', 'gini_investment', 'theil_investment'] as const).map(
                  (key) => (
                    <tr key={key}>
                      <td>
                        {
                          {
                            gini_active: w.giniActive,
                            theil_active: w.theilActive,
                            gini_investment: w.giniInvestment,
                            theil_investment: w.theilInvestment,
                          }[key]
                        }
                      </td>
                      <td>
                        {figures.data.before[key] === null
                          ? w.notMeasurable
                          : num(figures.data.before[key]!, 3)}
                      </td>
                      <td>
                        {figures.data.after[key] === null
                          ? w.notMeasurable
                          : num(figures.data.after[key]!, 3)}
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </section>
          <section>
            <h2>{w.approvalTrail}</h2>
            <table data-testid="print-trail">
              <thead>
                <tr>
                  <th>{w.trail}</th>
                  <th>{w.who}</th>
                  <th>{w.when}</th>
                  <th>{w.note}</th>
                </tr>
              </thead>
              <tbody>
                {s.steps.map((step) => (
                  <tr key={`${step.at}${step.action}`}>
                    <td>{w.actions[step.action]}</td>
                    <td>
                      <bdi>{step.actor ?? t.timeline.system}</bdi>
                    </td>
                    <td>{formatDateTime(lang, step.at)}</td>
                    <td>{step.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </article>
      )}
    </div>
  );
}
