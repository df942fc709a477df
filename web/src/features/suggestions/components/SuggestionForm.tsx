import { useMutation, useQueryClient } from '@tanstack/react-query';
import { suggestionLimits } from '@tavazon/contract';
import { type FormEvent, useId, useState } from 'react';
import { apiErrorText } from '../../i18n/errors/errorText.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { type SuggestionTarget, sendSuggestion } from '../api/suggestions.ts';

/** Picking the suggestion's point on the map, which the page lends the form. */
export interface PointPick {
  point: [number, number] | null;
  picking: boolean;
  start: () => void;
  clear: () => void;
}

interface SuggestionFormProps {
  target: SuggestionTarget;
  pick?: PointPick | undefined;
}

/**
 * A visitor's suggestion or comment, without an account: the text, an optional name (published only if
 * they tick the box), an optional point in the county. The hidden `website` field is for robots only.
 */
export function SuggestionForm({ target, pick }: SuggestionFormProps) {
  const { t, lang } = useI18n();
  const m = t.suggestions;
  const id = useId();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const [name, setName] = useState('');
  const [showName, setShowName] = useState(false);
  const [website, setWebsite] = useState('');
  const send = useMutation({
    mutationFn: () =>
      sendSuggestion({
        ...target,
        body,
        ...(name.trim() ? { name, show_name: showName } : {}),
        ...(pick?.point ? { location: { lng: pick.point[0], lat: pick.point[1] } } : {}),
        ...(website ? { website } : {}),
      }),
    onSuccess: () => {
      setBody('');
      pick?.clear();
      void queryClient.invalidateQueries({ queryKey: ['suggestions'] });
    },
  });
  const left = suggestionLimits.body - body.length;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) send.mutate();
  };

  if (send.isSuccess) {
    return (
      <div className="suggestion-sent" role="status" data-testid="suggestion-sent">
        <p>{m.sent}</p>
        <button type="button" className="button button-small" onClick={() => send.reset()}>
          {m.another}
        </button>
      </div>
    );
  }
  return (
    <form className="suggestion-form" onSubmit={onSubmit} data-testid="suggestion-form" noValidate>
      <p className="note">{m.formIntro}</p>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-body`}>
          {m.text}
        </label>
        <textarea
          id={`${id}-body`}
          className="input suggestion-text"
          data-testid="suggestion-body"
          required
          rows={4}
          maxLength={suggestionLimits.body}
          value={body}
          aria-describedby={`${id}-left`}
          onChange={(event) => setBody(event.target.value)}
        />
        <span id={`${id}-left`} className="field-hint">
          {m.remaining(formatNumber(lang, left))}
        </span>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-name`}>
          {m.name}
        </label>
        <input
          id={`${id}-name`}
          className="input"
          data-testid="suggestion-name"
          maxLength={suggestionLimits.name}
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <label className="check">
          <input
            type="checkbox"
            data-testid="suggestion-show-name"
            checked={showName}
            disabled={!name.trim()}
            onChange={(event) => setShowName(event.target.checked)}
          />
          {m.showName}
        </label>
        <span className="field-hint">{m.nameNote}</span>
      </div>
      {pick ? (
        <div className="field">
          <span className="field-label">{m.point}</span>
          <div className="suggestion-point-tools">
            <button
              type="button"
              className="button button-small"
              data-testid="suggestion-pick"
              aria-pressed={pick.picking}
              onClick={pick.start}
            >
              {m.pickPoint}
            </button>
            {pick.point ? (
              <button type="button" className="button button-small button-ghost" onClick={pick.clear}>
                {m.clearPoint}
              </button>
            ) : null}
          </div>
          <span className="field-hint" role="status">
            {pick.point ? m.pointChosen : pick.picking ? m.picking : ''}
          </span>
        </div>
      ) : null}
      {/* For robots: people never see or reach it. */}
      <div className="suggestion-trap" aria-hidden="true">
        <label>
          {m.honeypot}
          <input
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={website}
            onChange={(event) => setWebsite(event.target.value)}
          />
        </label>
      </div>
      {send.error ? (
        <p className="form-error" role="alert" data-testid="suggestion-error">
          {apiErrorText(lang, send.error, t.networkError)}
        </p>
      ) : null}
      <button
        type="submit"
        className="button"
        data-testid="suggestion-send"
        disabled={send.isPending || !body.trim()}
      >
        {send.isPending ? m.sending : m.send}
      </button>
    </form>
  );
}
