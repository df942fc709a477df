import { Link } from '@tanstack/react-router';
import type { ProjectStatus } from '@tavazon/contract';
import { formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Review } from '../api/review.ts';
import { reviewMessages } from '../messages.ts';
import { solarText } from '../solarText.ts';
import { DecisionList } from './DecisionList.tsx';

interface Props {
  board: Review;
  statusName: (status: ProjectStatus) => string;
}

/** The month's board: counties and their projects, stalled projects, the band, decisions due and overdue. */
export function ReviewBoard({ board, statusName }: Props) {
  const { lang } = useI18n();
  const m = reviewMessages[lang];
  const n = (v: number) => formatNumber(lang, v);
  const pct = (v: number | null) => (v === null ? '—' : m.percent(n(v)));
  const title = (p: { title_fa: string; title_en: string | null }) =>
    lang === 'en' && p.title_en ? p.title_en : p.title_fa;
  return (
    <div
      className="review-board"
      data-testid="review-board"
      data-month={board.month}
      data-province={board.province.code}
    >
      <p className="muted">
        {m.today(solarText(lang, board.today))} · {m.band(n(board.band.min), n(board.band.max))}
      </p>

      <section className="board-section" data-testid="board-overdue">
        <h3 className="section-title">{m.overdueByOrganisation}</h3>
        {board.overdue_by_organisation.length === 0 ? (
          <p className="muted">{m.noOverdue}</p>
        ) : (
          board.overdue_by_organisation.map((g) => (
            <div
              key={g.organisation.id}
              className="overdue-group"
              data-testid="overdue-organisation"
              data-id={g.organisation.id}
            >
              <h4>
                <Link to="/organisations/$id" params={{ id: g.organisation.id }}>
                  <bdi>{localName(lang, g.organisation)}</bdi>
                </Link>{' '}
                <span className="badge badge-danger">{n(g.decisions.length)}</span>
              </h4>
              <DecisionList decisions={g.decisions} withMeeting testId="overdue-decision" />
            </div>
          ))
        )}
      </section>

      <section className="board-section" data-testid="board-due">
        <h3 className="section-title">{m.due}</h3>
        {board.due.length === 0 ? (
          <p className="muted">{m.noDue}</p>
        ) : (
          <DecisionList decisions={board.due} withMeeting testId="due-decision" />
        )}
      </section>

      <section className="board-section">
        <h3 className="section-title">{m.meetings}</h3>
        {board.meetings.length === 0 ? (
          <p className="muted">{m.noMeetings}</p>
        ) : (
          <ul className="plain-list">
            {board.meetings.map((mt) => (
              <li key={mt.id} data-testid="board-meeting">
                <Link to="/meetings/$id" params={{ id: mt.id }}>
                  {mt.body} · {solarText(lang, mt.held_on)}
                </Link>{' '}
                <span className="muted">({m.decisions(n(mt.decisions))})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="board-section" data-testid="board-band">
        <h3 className="section-title">{m.outsideBand}</h3>
        {board.outside_band.length === 0 ? (
          <p className="muted">{m.allWithin}</p>
        ) : (
          <ul className="plain-list band-list">
            {board.outside_band.map((c) => (
              <li key={c.code} data-testid="outside-band" data-code={c.code} data-band={c.band}>
                <bdi>{localName(lang, c)}</bdi>: {n(c.count)} ·{' '}
                <span className={`badge badge-${c.band}`}>{m.bandStatus[c.band]}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="board-section" data-testid="board-stalled">
        <h3 className="section-title">{m.stalled}</h3>
        {board.stalled.length === 0 ? (
          <p className="muted">{m.noStalled}</p>
        ) : (
          <ul className="plain-list">
            {board.stalled.map((p) => (
              <li key={p.id} data-testid="stalled-project">
                {title(p)}{' '}
                <span className="muted">
                  ({m.lastReport}: {p.last_report ? solarText(lang, p.last_report) : m.never})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="board-section">
        <h3 className="section-title">{m.counties}</h3>
        <div className="table-scroll">
          <table className="data-table" data-testid="board-counties">
            <thead>
              <tr>
                <th scope="col">{m.county}</th>
                <th scope="col">{m.project}</th>
                <th scope="col">{m.status}</th>
                <th scope="col">{m.progress}</th>
                <th scope="col">{m.previous}</th>
                <th scope="col">{m.reported}</th>
              </tr>
            </thead>
            <tbody>
              {board.counties
                .filter((c) => c.projects.length > 0)
                .flatMap((c) =>
                  c.projects.map((p, i) => (
                    <tr key={p.id} data-testid="board-project" data-id={p.id} data-stalled={p.stalled}>
                      {i === 0 ? (
                        <th scope="rowgroup" rowSpan={c.projects.length}>
                          <Link to="/briefing/$code" params={{ code: c.code }}>
                            <bdi>{localName(lang, c)}</bdi>
                          </Link>
                          <div className={`badge badge-${c.band}`}>{m.bandStatus[c.band]}</div>
                        </th>
                      ) : null}
                      <td>{title(p)}</td>
                      <td>{statusName(p.status)}</td>
                      <td>{pct(p.progress)}</td>
                      <td>{pct(p.previous_progress)}</td>
                      <td>{p.reported ? m.reportIn : m.reportMissing}</td>
                    </tr>
                  )),
                )}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
