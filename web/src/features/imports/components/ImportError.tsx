import { ApiError } from '../../../shared/api/fetchJson.ts';
import { errorText } from '../../i18n/errors/errorText.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { reportOf } from '../api/importFile.ts';

/**
 * Why an upload failed, in the reader's language: the worded error code, or a sentence chosen by status
 * (then the server's own message, for a code this build does not know). `lead` alone is a refusal made here.
 */
export function ImportError({ error, lead }: { error?: unknown; lead?: string }) {
  const { t, lang } = useI18n();
  if (!error && !lead) return null;
  const m = t.imports.errors;
  let status: number | undefined;
  let sentence = lead ?? m.failed;
  let detail: string | null = null;
  if (error instanceof ApiError) {
    status = error.status;
    // A refusal of the file itself (its size, type or form) is said by its code, which names the limit,
    // the type or the defect; only a code this build does not know falls back to the server's English.
    const worded = error.fromApi ? errorText(lang, error.code, error.params) : null;
    detail = worded === null ? error.message : null;
    if (error.status === 0) {
      sentence = t.networkError;
      detail = null; // the browser's "Failed to fetch" adds nothing to "no connection"
    } else if (worded && [400, 413, 415].includes(error.status)) sentence = worded;
    else if (error.status === 413) sentence = m.tooLarge;
    else if (error.status === 415) sentence = m.unsupported;
    else if (error.status === 400) sentence = m.unreadable;
    else if (error.status === 401) sentence = m.signedOut;
    else if (error.status === 403) sentence = m.forbidden;
    else if (error.status === 429) sentence = m.tooMany;
    else if (error.status === 422) {
      sentence = m.refused(formatNumber(lang, reportOf(error)?.problemCount ?? 0));
      detail = null; // the report below lists the problems the server's sentence counts
    }
  } else if (error instanceof Error) detail = error.message;
  return (
    <div className="import-error" role="alert" data-testid="import-error" data-status={status}>
      <p>{sentence}</p>
      {detail ? (
        <p className="import-error-detail">
          {m.serverSaid} <bdi dir="ltr">{detail}</bdi>
        </p>
      ) : null}
    </div>
  );
}
