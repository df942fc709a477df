import { useEffect, useState } from 'react';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';
import '../../features/portal/portal.css';

/**
 * Copies the address of the page shown (its own URL: county, province, project) for sharing. The map's
 * camera in the hash is left out: the page brings its place into view when the link is opened.
 */
export function CopyLinkButton() {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    const url = `${window.location.origin}${window.location.pathname}${window.location.search}`;
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="copy-link">
      <button
        type="button"
        className="button button-small button-ghost"
        data-testid="copy-link"
        onClick={copy}
      >
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>{' '}
        {t.portal.copyLink}
      </button>
      <span role="status" className="copy-link-status" data-testid="copy-link-status">
        {state === 'copied' ? t.portal.copied : state === 'failed' ? t.portal.copyFailed : ''}
      </span>
    </div>
  );
}
