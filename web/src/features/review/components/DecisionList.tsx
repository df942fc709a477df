import { formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Decision } from '../api/review.ts';
import { reviewMessages } from '../messages.ts';
import { solarText } from '../solarText.ts';

interface Props {
  decisions: Decision[];
  /** Show the meeting each came from (lists outside their meeting). */
  withMeeting?: boolean;
  testId?: string;
}

/** Numbered decisions: text, executing and supporting organisations, deadline, status (overdue marked). */
export function DecisionList({ decisions, withMeeting = false, testId = 'decision' }: Props) {
  const { lang } = useI18n();
  const m = reviewMessages[lang];
  return (
    <ol className="decision-list">
      {decisions.map((d) => (
        <li
          key={d.id}
          className={`decision ${d.overdue ? 'is-overdue' : ''} ${d.status === 'done' ? 'is-done' : ''}`}
          data-testid={testId}
          data-id={d.id}
          data-number={d.number}
          data-status={d.status}
          data-overdue={d.overdue}
        >
          <p className="decision-text">
            <span className="decision-number">{formatNumber(lang, d.number)}.</span> {d.text}
          </p>
          <p className="decision-meta">
            <span>
              {m.executing}: <bdi>{localName(lang, d.executing)}</bdi>
            </span>
            {d.supporting.length ? (
              <span>
                {' · '}
                {m.supporting}:{' '}
                {d.supporting.map((o) => localName(lang, o)).join(lang === 'fa' ? '، ' : ', ')}
              </span>
            ) : null}
            {d.deadline ? (
              <span>
                {' · '}
                {m.deadline}: {solarText(lang, d.deadline)}
              </span>
            ) : null}
            <span className={`badge ${d.overdue ? 'badge-danger' : d.status === 'done' ? 'badge-ok' : ''}`}>
              {d.overdue ? m.overdueMark : m.decisionStatus[d.status]}
            </span>
          </p>
          {withMeeting ? (
            <p className="muted decision-source">
              {m.meeting}: {d.meeting_body} · {solarText(lang, d.meeting_held_on)}
            </p>
          ) : null}
          {d.follow_up ? <p className="decision-follow-up">{d.follow_up}</p> : null}
        </li>
      ))}
    </ol>
  );
}
