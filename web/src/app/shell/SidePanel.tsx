import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';
import { useSheet } from './useSheet.tsx';

interface SidePanelProps {
  onClose: () => void;
  onBack?: (() => void) | undefined;
  children: ReactNode;
  /** Changes when the content does, so focus moves to the new content for keyboard and screen-reader users. */
  contentKey: string;
}

export function SidePanel({ onClose, onBack, children, contentKey }: SidePanelProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLElement>(null);
  const { sheet, handle, folded } = useSheet('half');

  useEffect(() => {
    void contentKey;
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollTo({ top: 0 });
  }, [contentKey]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <aside className="side-panel" ref={ref} tabIndex={-1} data-testid="side-panel" data-sheet={sheet}>
      {handle}
      <div className="side-panel-bar">
        {onBack ? (
          <button type="button" className="button button-ghost" onClick={onBack} data-testid="panel-back">
            <span aria-hidden="true" className="back-arrow">
              →
            </span>{' '}
            {t.backToList}
          </button>
        ) : (
          <span />
        )}
        <button
          type="button"
          className="button button-icon"
          onClick={onClose}
          aria-label={t.close}
          title={t.close}
          data-testid="panel-close"
        >
          ×
        </button>
      </div>
      <div className="side-panel-body" inert={folded}>
        {children}
      </div>
    </aside>
  );
}
