import { type ChangeEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { TimelineMessages } from '../../projects/timeline/messages.ts';
import { toLatinDigits, toPersianDigits } from '../digits.ts';
import { useI18n } from '../LanguageProvider.tsx';
import type { Lang } from '../messages.ts';
import { formatDay } from './formatDay.ts';
import { formatSolarHijriInput, parseDateText } from './solarHijri.ts';

export interface DateInputChange {
  /** The ISO (Gregorian) date typed, or null while the text is empty or no date. */
  iso: string | null;
  /** The message shown under the input, or null when the text is acceptable. */
  error: string | null;
}

interface DateInputProps {
  id: string;
  name: string;
  /** ISO YYYY-MM-DD (Gregorian), as the API has it; null for no date. */
  value: string | null;
  onChange: (next: DateInputChange) => void;
  testId?: string;
  required?: boolean;
}

const textFor = (value: string | null, lang: Lang) => (value ? formatSolarHijriInput(value, lang) : '');

/** The language's digits: Persian in fa, Latin in en (what a half-typed date keeps across a switch). */
const digitsFor = (text: string, lang: Lang) =>
  lang === 'fa' ? toPersianDigits(toLatinDigits(text)) : toLatinDigits(text);

function judgeText(
  text: string,
  lang: Lang,
  required: boolean,
  m: TimelineMessages['dates'],
): DateInputChange {
  if (text.trim() === '') return { iso: null, error: required ? m.required : null };
  const parsed = parseDateText(text, lang);
  return 'iso' in parsed ? { iso: parsed.iso, error: null } : { iso: null, error: m[parsed.error] };
}

/**
 * A date typed as text: Solar Hijri with Persian digits in fa (`۱۴۰۳/۰۵/۱۲`), ISO in en, sent as ISO.
 * A text box rather than `<input type=date>`, whose picker is Gregorian only and follows the browser's
 * locale instead of the app's. Beneath it, the same day in the other calendar once the text is a date, so
 * the user can check what will be stored; or what is wrong with the text.
 */
export function DateInput({ id, name, value, onChange, testId, required = false }: DateInputProps) {
  const { t, lang } = useI18n();
  const m = t.timeline.dates;
  const [text, setText] = useState(() => textFor(value, lang));
  // Errors wait until the user leaves the field or submits, so half-typed dates are not scolded.
  const [touched, setTouched] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const state = judgeText(text, lang, required, m);

  // The parent may set another date (a reset, a loaded project): show it, unless the text already says
  // that date or the user is midway through typing one (the parent then holds null). A language switch
  // rewrites a date in the other language's way, and reports again so the parent's message is in it too.
  const shownLang = useRef(lang);
  const latest = useRef({ text, onChange });
  latest.current = { text, onChange };
  useEffect(() => {
    const switched = shownLang.current !== lang;
    shownLang.current = lang;
    const current = latest.current.text;
    const parsed = parseDateText(current, lang);
    const currentIso = 'iso' in parsed ? parsed.iso : null;
    let next = textFor(value, lang);
    if (switched) next = value ? next : digitsFor(current, lang);
    else if (currentIso === value || (value === null && current.trim() !== '' && currentIso === null))
      next = current;
    if (next !== current) setText(next);
    if (switched) latest.current.onChange(judgeText(next, lang, required, m));
  }, [value, lang, required, m]);

  // Submitting with Enter does not blur the field: show its error then too.
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const onSubmit = () => setTouched(true);
    form.addEventListener('submit', onSubmit, true);
    return () => form.removeEventListener('submit', onSubmit, true);
  }, []);

  // In fa, Latin and Arabic-Indic digits turn Persian as they are typed. Each digit is one character either
  // way, so the caret stays where it was; React would otherwise move it to the end on the rewrite.
  const caret = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (caret.current === null || !input.current) return;
    input.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });
  const onInput = (event: ChangeEvent<HTMLInputElement>) => {
    const typed = event.target.value;
    const next = lang === 'fa' ? digitsFor(typed, lang) : typed;
    if (next !== typed) caret.current = event.target.selectionStart;
    setText(next);
    onChange(judgeText(next, lang, required, m));
  };

  const showError = touched && state.error !== null;
  const hint =
    state.iso === null ? null : m.sameDay(formatDay(lang, state.iso, lang === 'fa' ? 'gregory' : 'persian'));
  const messageId = `${id}-message`;
  return (
    <div className="date-input">
      <input
        ref={input}
        id={id}
        name={name}
        className="input date-input-text"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        dir="ltr"
        lang={lang}
        placeholder={m.placeholder}
        value={text}
        required={required}
        aria-invalid={showError}
        aria-describedby={messageId}
        data-testid={testId}
        onChange={onInput}
        onBlur={() => {
          setTouched(true);
          // Typed with Latin digits or dashes: show it the way the app writes dates.
          if (state.iso) setText(textFor(state.iso, lang));
        }}
      />
      <p id={messageId} className={showError ? 'field-error' : 'field-hint'} aria-live="polite">
        {showError ? state.error : hint}
      </p>
    </div>
  );
}
