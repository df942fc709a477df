import type { ProjectStatus } from '@tavazon/contract';
import { formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Briefing as BriefingData } from '../api/review.ts';
import { reviewMessages } from '../messages.ts';
import { solarText } from '../solarText.ts';
import { CountyOutline, ProgressLine } from './CountyOutline.tsx';
import { DecisionList } from './DecisionList.tsx';

interface Props {
  briefing: BriefingData;
  statusName: (status: ProjectStatus) => string;
}

/** The one-county briefing for the governor's meeting, laid out for an A4 page (review.css, @media print). */
export function Briefing({ briefing: b, statusName }: Props) {
  const { lang } = useI18n();
  const m = reviewMessages[lang];
  const n = (v: number, decimals = 0) => formatNumber(lang, v, decimals);
  const county = localName(lang, b.county);
  const title = (p: { title_fa: string; title_en: string | null }) =>
    lang === 'en' && p.title_en ? p.title_en : p.title_fa;
  const anyEstimated = b.indicators.some((i) => i.estimated);
  return (
    <article className="briefing" data-testid="briefing" data-county={b.county.code}>
      <header className="briefing-header">
        <h1 className="briefing-title">{m.briefingTitle(county)}</h1>
        <p>
          {localName(lang, b.county.province)} · {m.briefingDate(solarText(lang, b.today))}
        </p>
      </header>

      <div className="briefing-top">
        <CountyOutline
          outline={b.outline}
          label={m.mapLabel(county)}
          points={b.projects.map((p, i) => ({ id: p.id, location: p.location, label: n(i + 1) }))}
        />
        <div>
          <h2 className="section-title">
            {m.coverage(n(b.coverage.count), n(b.coverage.min), n(b.coverage.max))}
          </h2>
          <p>
            <span
              className={`badge badge-${b.coverage.band}`}
              data-testid="briefing-band"
              data-band={b.coverage.band}
            >
              {m.bandStatus[b.coverage.band]}
            </span>
          </p>
          <h2 className="section-title">{m.patrons}</h2>
          {b.patrons.length ? (
            <ul className="plain-list" data-testid="briefing-patrons">
              {b.patrons.map((o) => (
                <li key={o.id}>
                  <bdi>{localName(lang, o)}</bdi> <span className="muted">({solarText(lang, o.since)})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{m.noPatrons}</p>
          )}
        </div>
      </div>

      <section className="briefing-section">
        <h2 className="section-title">{m.projects}</h2>
        {b.projects.length === 0 ? (
          <p className="muted">{m.noProjects}</p>
        ) : (
          <table className="data-table" data-testid="briefing-projects">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{m.project}</th>
                <th scope="col">{m.status}</th>
                <th scope="col">{m.progressLine}</th>
                <th scope="col">{m.lastReport}</th>
              </tr>
            </thead>
            <tbody>
              {b.projects.map((p, i) => (
                <tr key={p.id} data-testid="briefing-project" data-id={p.id}>
                  <td>{n(i + 1)}</td>
                  <td>{title(p)}</td>
                  <td>{statusName(p.status)}</td>
                  <td>
                    {p.progress === null ? '—' : m.percent(n(p.progress))}{' '}
                    <ProgressLine reports={p.reports} label={m.progressLine} />
                  </td>
                  <td>
                    {p.last_report
                      ? `${solarText(lang, p.last_report.day)} · ${m.percent(n(p.last_report.percent))}`
                      : m.never}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="briefing-section">
        <h2 className="section-title">{m.openDecisions}</h2>
        {b.decisions.length ? (
          <DecisionList decisions={b.decisions} withMeeting testId="briefing-decision" />
        ) : (
          <p className="muted">{m.noOpenDecisions}</p>
        )}
      </section>

      <section className="briefing-section">
        <h2 className="section-title">{m.indicators}</h2>
        <table className="data-table" data-testid="briefing-indicators">
          <thead>
            <tr>
              <th scope="col">{m.indicator}</th>
              <th scope="col">{m.value}</th>
              <th scope="col">{m.provinceRank}</th>
              <th scope="col">{m.nationalRank}</th>
            </tr>
          </thead>
          <tbody>
            {b.indicators.map((i) => (
              <tr
                key={i.code}
                data-testid="briefing-indicator"
                data-code={i.code}
                data-estimated={i.estimated}
              >
                <td>
                  {localName(lang, i)} <span className="muted">({solarText(lang, i.period)})</span>
                </td>
                <td>
                  {i.estimated ? <abbr className="estimate-mark">{m.estimated}</abbr> : null}{' '}
                  {n(i.value, i.decimals)}
                </td>
                <td>
                  {m.rankOf(n(i.province_rank), n(i.province_count))} · {m.percentile}{' '}
                  {n(i.province_percentile)}
                </td>
                <td>
                  {m.rankOf(n(i.national_rank), n(i.national_count))} · {m.percentile}{' '}
                  {n(i.national_percentile)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {anyEstimated ? <p className="muted">{m.estimatedNote}</p> : null}
      </section>
    </article>
  );
}
