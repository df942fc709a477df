import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '../../../shared/api/fetchJson.ts';
import { DateInput, type DateInputChange } from '../../i18n/dates/DateInput.tsx';
import { formatDay } from '../../i18n/dates/formatDay.ts';
import { todayIso } from '../../i18n/dates/solarHijri.ts';
import { toLatinDigits, toPersianDigits } from '../../i18n/digits.ts';
import { apiErrorText } from '../../i18n/errors/errorText.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Lang, Messages } from '../../i18n/messages.ts';
import { addProgress, type ProgressBody } from './api.ts';

type Field = 'reported_on' | 'percent' | 'note' | 'published';
const fields: readonly string[] = ['reported_on', 'percent', 'note', 'published'];
const maxNote = 2000;

/** A whole number 0–100 as typed: Persian or Arabic-Indic digits, with or without a percent sign. */
function parsePercent(text: string): number | 'empty' | 'invalid' {
  const s = toLatinDigits(text).replace(/[%٪\s]/g, '');
  if (s === '') return 'empty';
  if (!/^[0-9]{1,3}$/.test(s) || Number(s) > 100) return 'invalid';
  return Number(s);
}

/** Where the API's refusal is shown and in what words: under its field when it names one of ours. */
function apiProblem(error: unknown, sent: ProgressBody | undefined, lang: Lang, t: Messages) {
  const f = t.timeline.form;
  if (!error) return null;
  if (!(error instanceof ApiError) || !error.fromApi)
    return { field: null, message: t.networkError } as const;
  if (error.status === 409 && sent)
    return { field: 'reported_on', message: f.duplicate(formatDay(lang, sent.reported_on)) } as const;
  if (error.status === 401) return { field: null, message: f.signedOut } as const;
  if (error.status === 403) return { field: null, message: f.forbidden } as const;
  const field = error.field && fields.includes(error.field) ? (error.field as Field) : null;
  return { field, message: f.refused(apiErrorText(lang, error, t.networkError)) };
}

/**
 * A monthly progress report: the day it is for (Solar Hijri in fa, today by default), the percentage, a
 * note and whether the public may see it. On success everything under `['projects']` is refetched: the
 * map's points, the lists, the project itself (its progress follows the newest report) and this timeline.
 */
export function ProgressForm({ projectId }: { projectId: number }) {
  const { t, lang } = useI18n();
  const f = t.timeline.form;
  const client = useQueryClient();
  const ids = useId();
  const [date, setDate] = useState<DateInputChange>(() => ({ iso: todayIso(), error: null }));
  const [percent, setPercent] = useState('');
  const [note, setNote] = useState('');
  const [published, setPublished] = useState(false);
  // Field messages appear once the user has tried to submit: an empty form is not an error.
  const [tried, setTried] = useState(false);
  const mutation = useMutation({
    mutationFn: (body: ProgressBody) => addProgress(projectId, body),
    onSuccess: async () => {
      setPercent('');
      setNote('');
      setPublished(false);
      setTried(false);
      await client.invalidateQueries({ queryKey: ['projects'] });
    },
  });

  const parsed = parsePercent(percent);
  const percentError = parsed === 'empty' ? f.percentRequired : parsed === 'invalid' ? f.percentRange : null;
  const noteError = note.trim().length > maxNote ? f.noteTooLong : null;
  const problem = apiProblem(mutation.error, mutation.variables, lang, t);
  // A new edit answers the refusal or the confirmation that was shown for the previous one.
  const edited = () => {
    if (!mutation.isIdle && !mutation.isPending) mutation.reset();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (mutation.isPending || date.iso === null || date.error || typeof parsed !== 'number' || noteError)
      return;
    const body: ProgressBody = { reported_on: date.iso, percent: parsed, published };
    if (note.trim()) body.note = note.trim();
    mutation.mutate(body);
  };

  const apiError = (field: Field | null) =>
    problem && problem.field === field ? (
      <span className="field-error" role="alert" data-testid="progress-error">
        {problem.message}
      </span>
    ) : null;
  const fieldError = (message: string | null, testId: string) =>
    tried && message ? (
      <span className="field-error" role="alert" data-testid={testId}>
        {message}
      </span>
    ) : null;

  return (
    <form className="progress-form" data-testid="progress-form" onSubmit={onSubmit} noValidate>
      <h4 className="progress-form-title">{f.heading}</h4>
      <div className="progress-form-row">
        <div className="field progress-form-date">
          <label className="field-label" htmlFor={`${ids}-date`}>
            {f.reportedOn}
          </label>
          <DateInput
            id={`${ids}-date`}
            name="reported_on"
            testId="progress-date"
            required
            value={date.iso}
            onChange={(next) => {
              setDate(next);
              edited();
            }}
          />
          {apiError('reported_on')}
        </div>
        <div className="field progress-form-percent">
          <label className="field-label" htmlFor={`${ids}-percent`}>
            {f.percent}
          </label>
          <input
            id={`${ids}-percent`}
            name="percent"
            className="input"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder={f.percentPlaceholder}
            // Shown in the page's digits whatever the keyboard typed (and after a language switch).
            value={lang === 'fa' ? toPersianDigits(toLatinDigits(percent)) : toLatinDigits(percent)}
            aria-invalid={tried && percentError !== null}
            data-testid="progress-percent"
            onChange={(e) => {
              setPercent(e.target.value);
              edited();
            }}
          />
          {fieldError(percentError, 'progress-percent-error')}
          {apiError('percent')}
        </div>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-note`}>
          {f.note}
        </label>
        <textarea
          id={`${ids}-note`}
          name="note"
          className="input progress-form-note"
          rows={2}
          placeholder={f.notePlaceholder}
          value={note}
          aria-invalid={tried && noteError !== null}
          data-testid="progress-note"
          onChange={(e) => {
            setNote(e.target.value);
            edited();
          }}
        />
        {fieldError(noteError, 'progress-note-error')}
        {apiError('note')}
      </div>
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            name="published"
            checked={published}
            data-testid="progress-published"
            onChange={(e) => {
              setPublished(e.target.checked);
              edited();
            }}
          />
          {f.published}
        </label>
        <span className="field-hint">{f.publishedHint}</span>
        {apiError('published')}
      </div>
      <div className="progress-form-actions">
        <button
          type="submit"
          className="button button-primary"
          data-testid="progress-submit"
          disabled={mutation.isPending}
        >
          {mutation.isPending ? f.saving : f.submit}
        </button>
        {mutation.isSuccess ? (
          <span className="progress-form-saved" role="status" data-testid="progress-saved">
            {f.saved}
          </span>
        ) : null}
        {apiError(null)}
      </div>
    </form>
  );
}
