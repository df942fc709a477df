import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../shared/api/fetchJson.ts';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { formatDate, formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { type Decision, meetingQuery, updateDecision } from '../api/review.ts';
import { changedFields } from '../changedFields.ts';
import { reviewMessages } from '../messages.ts';
import { solarText } from '../solarText.ts';
import { DecisionList } from './DecisionList.tsx';

/** A meeting: attendance, agenda, its decisions (mark done, follow-up notes) and every change with who and when. */
export function MeetingView({ id, mayEdit }: { id: number; mayEdit: boolean }) {
  const { lang } = useI18n();
  const m = reviewMessages[lang];
  const meeting = useQuery(meetingQuery(id));
  if (meeting.error)
    return <ErrorNotice what={m.meeting} error={meeting.error} onRetry={() => void meeting.refetch()} />;
  if (!meeting.data) return <p className="muted">{m.loading}</p>;
  const mt = meeting.data;
  const names = (list: { name_fa: string; name_en: string | null }[]) =>
    list.map((o) => localName(lang, o)).join(lang === 'fa' ? '، ' : ', ');
  return (
    <article className="meeting" data-testid="meeting" data-id={mt.id}>
      <h2 className="page-title">
        {mt.body} · {solarText(lang, mt.held_on)}
      </h2>
      {mt.title ? <p>{mt.title}</p> : null}
      <dl className="facts">
        {mt.present.length ? (
          <div>
            <dt>{m.present}</dt>
            <dd>{names(mt.present)}</dd>
          </div>
        ) : null}
        {mt.absent.length ? (
          <div>
            <dt>{m.absent}</dt>
            <dd>{names(mt.absent)}</dd>
          </div>
        ) : null}
        {mt.agenda_projects.length ? (
          <div>
            <dt>{m.agendaProjects}</dt>
            <dd>
              {mt.agenda_projects
                .map((p) => (lang === 'en' && p.title_en ? p.title_en : p.title_fa))
                .join(' · ')}
            </dd>
          </div>
        ) : null}
        {mt.agenda_counties.length ? (
          <div>
            <dt>{m.agendaCounties}</dt>
            <dd>{names(mt.agenda_counties)}</dd>
          </div>
        ) : null}
      </dl>
      <h3 className="section-title">{m.decisions(String(mt.decisions.length))}</h3>
      <DecisionList decisions={mt.decisions} />
      {mayEdit ? (
        <div className="decision-actions">
          {mt.decisions.map((d) => (
            <DecisionActions key={`${d.id}-${d.updated_at}`} decision={d} />
          ))}
        </div>
      ) : null}
      {mt.changes?.length ? (
        <section className="panel-section">
          <h3 className="section-title">{m.history}</h3>
          <ul className="plain-list history-list" data-testid="meeting-history">
            {mt.changes.map((c) => (
              <li key={c.id} data-testid="meeting-change" data-entity={c.entity} data-action={c.action}>
                {m.changeBy(c.actor ?? '—', formatDate(lang, c.at))}: {m.actions[c.action]}{' '}
                {c.entity === 'decision' ? m.decision : m.meeting}{' '}
                <span className="muted">({changedFields(lang, c.changes)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

/** Done / reopen and the follow-up notes of one decision; a stale edit says so and offers a reload. */
function DecisionActions({ decision }: { decision: Decision }) {
  const { lang } = useI18n();
  const m = reviewMessages[lang];
  const client = useQueryClient();
  const [note, setNote] = useState(decision.follow_up ?? '');
  const [error, setError] = useState<unknown>(null);
  const save = async (input: { status?: 'open' | 'done'; follow_up?: string | null }) => {
    setError(null);
    try {
      const meeting = await updateDecision(decision.id, { updated_at: decision.updated_at, ...input });
      client.setQueryData(meetingQuery(meeting.id).queryKey, meeting);
      await client.invalidateQueries({ queryKey: ['review', 'board'] });
    } catch (err) {
      setError(err);
    }
  };
  const stale = error instanceof ApiError && error.status === 409;
  return (
    <div className="decision-edit" data-testid="decision-actions" data-number={decision.number}>
      <span className="decision-edit-label">
        {m.decision} {formatNumber(lang, decision.number)}
      </span>
      <button
        type="button"
        className="button button-small"
        data-testid="decision-toggle"
        onClick={() => void save({ status: decision.status === 'done' ? 'open' : 'done' })}
      >
        {decision.status === 'done' ? m.reopen : m.markDone}
      </button>
      <label className="field decision-note">
        <span className="field-label">{m.followUp}</span>
        <input
          className="input"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          data-testid="decision-follow-up"
        />
      </label>
      <button type="button" className="button button-small" onClick={() => void save({ follow_up: note })}>
        {m.saveFollowUp}
      </button>
      {error ? (
        <div>
          <ErrorNotice what={m.decision} error={error} />
          {stale ? (
            <button
              type="button"
              className="button button-small"
              onClick={() => void client.invalidateQueries({ queryKey: ['review', 'meeting'] })}
            >
              {m.reload}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
