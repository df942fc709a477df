import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { sessionQuery } from '../../auth/api/session.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { metaQuery } from '../../meta/api/meta.ts';
import type { ProjectFeature } from '../api/types.ts';
import { timelineQuery } from './api.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { ProgressForm } from './ProgressForm.tsx';
import { TimelineEntry } from './TimelineEntry.tsx';
import { latestProgress, timelineItems } from './timelineItems.ts';
import './timeline.css';
import { apiErrorText } from '../../i18n/errors/errorText.ts';

interface ProjectTimelineProps {
  project: ProjectFeature;
  /** The user may add progress reports (admin, or planner of the project's province). */
  canEdit: boolean;
}

// A project edited every week for years would otherwise make the panel endless; the rest is one click away.
const firstShown = 12;

/**
 * The project's history and monthly progress reports, newest first (see timelineItems), with the current
 * progress as a bar and, for those who may, the form for a new report above the list. Visitors get the
 * published reports only: the API filters, this only words the empty case for them.
 */
export function ProjectTimeline({ project, canEdit }: ProjectTimelineProps) {
  const { t, lang } = useI18n();
  const m = t.timeline;
  const id = project.properties.id;
  const timeline = useQuery(timelineQuery(id));
  const sectors = useQuery(metaQuery).data?.sectors;
  const session = useQuery(sessionQuery);
  const signedIn = Boolean(session.data?.user);
  // Remembered per project: the panel keeps this component when another project is opened.
  const [allShownFor, setAllShownFor] = useState<number | null>(null);
  const showAll = allShownFor === id;

  const events = timeline.data?.events;
  const items = useMemo(() => (events ? timelineItems(events) : []), [events]);
  const progress = events ? latestProgress(events, project.properties.progress) : project.properties.progress;
  const context = useMemo(
    () => ({ lang, t, sectors: sectors ?? [], project: project.properties }),
    [lang, t, sectors, project.properties],
  );
  const shown = showAll ? items : items.slice(0, firstShown);

  let body: ReactNode;
  if (timeline.isPending) body = <p className="muted loading-line">{t.loading}</p>;
  else if (timeline.isError) {
    const error = timeline.error;
    const reason = apiErrorText(lang, error, t.networkError);
    body = (
      <p className="timeline-error" role="alert">
        {m.loadFailed(reason)}{' '}
        <button type="button" className="button button-small" onClick={() => void timeline.refetch()}>
          {t.retry}
        </button>
      </p>
    );
  } else if (items.length === 0) body = <p className="muted">{signedIn ? m.empty : m.emptyPublic}</p>;
  else
    body = (
      <>
        <ol className="timeline-list" data-testid="timeline-list">
          {shown.map((item) => (
            <TimelineEntry
              key={`${item.kind}-${item.kind === 'history' ? item.event.version : `${item.event.reported_on}-${item.event.at}`}`}
              item={item}
              context={context}
            />
          ))}
        </ol>
        {items.length > shown.length ? (
          <button
            type="button"
            className="button button-small timeline-more"
            onClick={() => setAllShownFor(id)}
          >
            {m.showAll(formatNumber(lang, items.length))}
          </button>
        ) : null}
      </>
    );

  return (
    <section className="panel-section timeline" data-testid="project-timeline" data-project={id}>
      <h3 className="section-title">
        {m.heading}
        {items.length > 0 ? <span className="section-note muted">{m.newestFirst}</span> : null}
        {items.length > 0 ? (
          <span className="count-pill">{m.eventsCount(formatNumber(lang, items.length))}</span>
        ) : null}
      </h3>
      <div className="timeline-current" data-testid="timeline-progress" data-percent={progress ?? ''}>
        <span className="timeline-current-label">{m.currentProgress}</span>
        {progress === null ? (
          <span className="muted">{m.noProgressYet}</span>
        ) : (
          <ProgressBar percent={progress} label={m.currentProgress} />
        )}
      </div>
      {/* Keyed: what was typed for one project must not be sent for the next one opened. */}
      {canEdit ? <ProgressForm key={id} projectId={id} /> : null}
      {body}
    </section>
  );
}
