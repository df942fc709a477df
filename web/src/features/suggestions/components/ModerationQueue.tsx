import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { suggestionStatuses } from '@tavazon/contract';
import { useId, useState } from 'react';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { apiErrorText } from '../../i18n/errors/errorText.ts';
import { formatDate, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import {
  type QueuedSuggestion,
  type SuggestionStatus,
  sendStep,
  suggestionQueueQuery,
} from '../api/suggestions.ts';
import '../suggestions.css';

interface ModerationQueueProps {
  /** The provinces the user moderates; empty: every province. */
  provinces: { code: string; name: string }[];
}

/** The planners' queue of suggestions in their provinces: publish, reject with a reason, reply. */
export function ModerationQueue({ provinces }: ModerationQueueProps) {
  const { t } = useI18n();
  const m = t.suggestions;
  const id = useId();
  const [province, setProvince] = useState<string>('');
  const [status, setStatus] = useState<SuggestionStatus | ''>('pending');
  const query = useQuery(suggestionQueueQuery(province || undefined, status || undefined));
  const list = query.data?.suggestions ?? [];
  return (
    <div className="moderation" data-testid="moderation-queue">
      <p className="note">{m.queueIntro}</p>
      <div className="moderation-filters">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-province`}>
            {m.province}
          </label>
          <select
            id={`${id}-province`}
            className="select"
            data-testid="moderation-province"
            value={province}
            onChange={(event) => setProvince(event.target.value)}
          >
            <option value="">{m.allProvinces}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-status`}>
            {m.status}
          </label>
          <select
            id={`${id}-status`}
            className="select"
            data-testid="moderation-status"
            value={status}
            onChange={(event) => setStatus(event.target.value as SuggestionStatus | '')}
          >
            <option value="">{m.allStatuses}</option>
            {suggestionStatuses.map((s) => (
              <option key={s} value={s}>
                {m.statuses[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {query.error ? (
        <ErrorNotice what={m.queue} error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <p className="muted loading-line">{t.loading}</p>
      ) : list.length === 0 ? (
        <p className="muted">{m.empty}</p>
      ) : (
        <ul className="suggestion-list">
          {list.map((s) => (
            <QueueItem key={s.id} suggestion={s} />
          ))}
        </ul>
      )}
    </div>
  );
}

type Open = 'reject' | 'reply' | null;

function QueueItem({ suggestion: s }: { suggestion: QueuedSuggestion }) {
  const { t, lang } = useI18n();
  const m = t.suggestions;
  const id = useId();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Open>(null);
  const [note, setNote] = useState('');
  const step = useMutation({
    mutationFn: (action: 'publish' | 'reject' | 'reply') =>
      sendStep(s.id, action === 'publish' ? { action } : { action, note }),
    onSuccess: () => {
      setOpen(null);
      setNote('');
      void queryClient.invalidateQueries({ queryKey: ['suggestions'] });
    },
  });
  const place = s.project
    ? localName(lang, { name_fa: s.project.title_fa, name_en: s.project.title_en })
    : localName(lang, s.county);
  return (
    <li className="suggestion moderation-item" data-testid="queue-item" data-id={s.id} data-status={s.status}>
      <p className="suggestion-meta">
        <span className="status-chip" data-status={s.status}>
          {m.statuses[s.status]}
        </span>{' '}
        {m.about} {place} · {localName(lang, s.province)} · {formatDate(lang, s.created_at)}
      </p>
      <p className="suggestion-body" data-testid="queue-body">
        {s.body}
      </p>
      <p className="suggestion-meta">
        {m.from}: {s.name ?? m.anonymous}
        {s.name && !s.show_name ? ` (${m.nameHidden})` : ''}
      </p>
      {s.reply ? (
        <div className="suggestion-reply">
          <p className="suggestion-reply-title">{m.reply}</p>
          <p className="suggestion-body">{s.reply}</p>
        </div>
      ) : null}
      {s.steps.length ? (
        <details>
          <summary>{m.steps}</summary>
          <ol className="moderation-steps">
            {s.steps.map((st) => (
              <li key={`${st.at}-${st.action}`}>
                {st.actor} {m.stepNames[st.action]} · {formatDate(lang, st.at)}
                {st.note ? `: ${st.note}` : ''}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {open ? (
        <form
          className="suggestion-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (note.trim()) step.mutate(open);
          }}
        >
          <label className="field-label" htmlFor={`${id}-note`}>
            {open === 'reject' ? m.reason : m.replyText}
          </label>
          <textarea
            id={`${id}-note`}
            className="input"
            data-testid="queue-note"
            rows={3}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <div className="moderation-actions">
            <button
              type="submit"
              className="button button-small"
              data-testid="queue-confirm"
              disabled={!note.trim()}
            >
              {m.confirm}
            </button>
            <button type="button" className="button button-small button-ghost" onClick={() => setOpen(null)}>
              {m.cancel}
            </button>
          </div>
        </form>
      ) : (
        <div className="moderation-actions">
          {s.status !== 'published' ? (
            <button
              type="button"
              className="button button-small"
              data-testid="queue-publish"
              disabled={step.isPending}
              onClick={() => step.mutate('publish')}
            >
              {m.publish}
            </button>
          ) : null}
          {s.status !== 'rejected' ? (
            <button
              type="button"
              className="button button-small button-ghost"
              data-testid="queue-reject"
              onClick={() => setOpen('reject')}
            >
              {m.reject}
            </button>
          ) : null}
          <button
            type="button"
            className="button button-small button-ghost"
            data-testid="queue-reply"
            onClick={() => setOpen('reply')}
          >
            {m.replyAction}
          </button>
        </div>
      )}
      {step.error ? (
        <p className="form-error" role="alert">
          {apiErrorText(lang, step.error, t.networkError)}
        </p>
      ) : null}
    </li>
  );
}
