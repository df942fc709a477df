import { apiErrorText } from '../../features/i18n/errors/errorText.ts';
import { formatNumber } from '../../features/i18n/format.ts';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';
import { ApiError } from '../api/fetchJson.ts';

interface ErrorNoticeProps {
  what: string;
  error: unknown;
  onRetry?: () => void;
}

/** A readable failure in place of what could not load; the server's error code, worded, names the cause. */
export function ErrorNotice({ what, error, onRetry }: ErrorNoticeProps) {
  const { t, lang } = useI18n();
  // The API's refusals name the cause; anything else (no answer, a proxy's 502) reads as unreachable.
  const reason =
    error instanceof ApiError && !error.fromApi
      ? error.status === 0
        ? t.networkError
        : `${t.networkError} (${formatNumber(lang, error.status)})`
      : apiErrorText(lang, error, t.networkError);
  return (
    <div className="error-notice" role="alert" data-testid="error-notice">
      <span>{t.loadFailed(what, reason)}</span>
      {onRetry ? (
        <button type="button" className="button button-small" onClick={onRetry}>
          {t.retry}
        </button>
      ) : null}
    </div>
  );
}
