import { formatDay } from '../../i18n/dates/formatDay.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { ChangeContext } from '../formatField.ts';
import { ChangeList } from './ChangeList.tsx';
import { formatDateTime } from './formatDateTime.ts';
import { ProgressBar } from './ProgressBar.tsx';
import type { TimelineItem } from './timelineItems.ts';

interface TimelineEntryProps {
  item: TimelineItem;
  context: ChangeContext;
}

// The migration writes this note on every baseline row, in English: shown in the reader's language.
const baselineNote = 'state when history recording began';

/** One event on the timeline: what happened, who did it, when, what changed, and the note. */
export function TimelineEntry({ item, context }: TimelineEntryProps) {
  const { t, lang } = useI18n();
  const m = t.timeline;
  const event = item.event;
  const action = item.kind === 'progress' ? 'progress' : item.event.action;
  // Visitors get reports without their author; a history row without one was the loader's or the baseline's.
  const actor = item.kind === 'history' ? (item.event.actor ?? m.system) : item.event.actor;
  const note = item.kind === 'history' && event.note === baselineNote ? m.baselineNote : event.note;
  return (
    <li
      className={`timeline-event timeline-event-${item.kind}`}
      data-testid="timeline-event"
      data-kind={item.kind}
      data-action={action}
      data-reported-on={item.kind === 'progress' ? item.event.reported_on : undefined}
    >
      <div className="timeline-head">
        <span className="timeline-action">{m.actions[action]}</span>
        {actor ? (
          <span className="timeline-actor">
            {m.by} <bdi>{actor}</bdi>
          </span>
        ) : null}
      </div>
      <time className="timeline-time" dateTime={event.at}>
        {item.kind === 'progress'
          ? m.recordedAt(formatDateTime(lang, event.at))
          : formatDateTime(lang, event.at)}
      </time>
      {item.kind === 'progress' ? (
        <div className="timeline-report">
          <div className="timeline-report-head">
            <span className="timeline-report-day" data-testid="timeline-report-day">
              {m.reportFor(formatDay(lang, item.event.reported_on))}
            </span>
            {item.event.published === undefined ? null : (
              <span
                className={`timeline-badge ${item.event.published ? 'is-published' : ''}`}
                data-testid="timeline-published"
                data-published={String(item.event.published)}
              >
                {item.event.published ? m.publishedBadge : m.internalBadge}
              </span>
            )}
          </div>
          <ProgressBar
            percent={item.event.percent}
            label={m.reportFor(formatDay(lang, item.event.reported_on))}
            size="small"
          />
          {/* What the report did to the project's figure, when there was one before (else the bar says it all). */}
          {item.change && item.change.old !== null ? (
            <ChangeList changes={{ progress: item.change }} context={context} />
          ) : null}
        </div>
      ) : (
        <ChangeList changes={item.event.changes} context={context} />
      )}
      {note ? (
        // A Persian note in the English page (or the reverse) keeps its own direction.
        <p className="timeline-note" dir="auto">
          {note}
        </p>
      ) : null}
    </li>
  );
}
