import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { metaQuery } from '../../meta/api/meta.ts';
import { fieldLabel, formatValue } from '../formatField.ts';
import type { Conflict } from './useProjectEditor.ts';

interface ConflictNoticeProps {
  conflict: Conflict;
  onDiscardMine: () => void;
}

/**
 * What a 409 meant: who changed which fields since this form was opened, and their new values (worded as
 * the timeline words them). The form already holds the new version with the user's own changes on top;
 * fields both changed are flagged.
 */
export function ConflictNotice({ conflict, onDiscardMine }: ConflictNoticeProps) {
  const { t, lang } = useI18n();
  const e = t.editor;
  const sectors = useQuery(metaQuery).data?.sectors ?? [];
  const current = conflict.current;
  const context = { lang, t, sectors, project: current.properties };
  // The history names the point `location` as [lng, lat]; the project carries it as its geometry.
  const currentValue = (field: string) =>
    field === 'location'
      ? current.geometry.coordinates
      : (current.properties as unknown as Record<string, unknown>)[field];
  const box = useRef<HTMLDivElement>(null);
  // The save button is at the bottom of a long form; the news is at the top, so each conflict brings it
  // into view. Braces matter: Chromium's
  // scrollIntoView returns a promise, which React would take for a cleanup.
  useEffect(() => {
    void conflict;
    box.current?.scrollIntoView({ block: 'start' });
  }, [conflict]);
  const by = conflict.changedBy.join(t.listSeparator) || '—';
  const names = conflict.changed.map((f) => fieldLabel(f, t)).join(t.listSeparator);
  return (
    <div className="conflict-notice" role="alert" data-testid="conflict-notice" ref={box}>
      <p className="conflict-title">{e.conflictTitle}</p>
      <p>{e.conflictBody(by, names)}</p>
      <ul className="conflict-fields">
        {conflict.changed.map((field) => (
          <li key={field} data-testid="conflict-field" data-field={field}>
            <strong>{fieldLabel(field, t)}</strong>
            {lang === 'fa' ? '، ' : ', '}
            {e.conflictTheirs}: <bdi>{formatValue(field, currentValue(field), context)}</bdi>
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
