import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { useFieldValue } from './useFieldValue.ts';
import type { Conflict } from './useProjectEditor.ts';

interface ConflictNoticeProps {
  conflict: Conflict;
  onDiscardMine: () => void;
}

/**
 * What a 409 meant: who changed which fields since this form was opened, and their new values. The form
 * already holds the new version with the user's own changes on top; fields both changed are flagged.
 */
export function ConflictNotice({ conflict, onDiscardMine }: ConflictNoticeProps) {
  const { t, lang } = useI18n();
  const e = t.editor;
  const show = useFieldValue();
  const box = useRef<HTMLDivElement>(null);
  // The save button is at the bottom of a long form; the news is at the top.
  // Braces matter: Chromium's scrollIntoView returns a promise, which React would take for a cleanup.
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, []);
  const names = conflict.changed.map((f) => e.fieldNames[f] ?? f).join(t.listSeparator);
  const by = conflict.changedBy.join(t.listSeparator) || '—';
  return (
    <div className="conflict-notice" role="alert" data-testid="conflict-notice" ref={box}>
      <p className="conflict-title">{e.conflictTitle}</p>
      <p>{e.conflictBody(by, names)}</p>
      <ul className="conflict-fields">
        {conflict.changed.map((field) => (
          <li key={field} data-testid="conflict-field" data-field={field}>
            <strong>{e.fieldNames[field] ?? field}</strong>
            {lang === 'fa' ? '، ' : ', '}
            {e.conflictTheirs}: <bdi>{show(field, conflict.current)}</bdi>
            {conflict.overlap.includes(field) ? (
              <span className="conflict-both"> — {e.conflictBoth}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="muted">{e.conflictRebased}</p>
      <button type="button" className="button" data-testid="conflict-discard" onClick={onDiscardMine}>
        {e.discardMine}
      </button>
    </div>
  );
}
