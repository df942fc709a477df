import { ApiError } from '../../../shared/api/fetchJson.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { reportOf } from '../api/importFile.ts';

/**
 * Why an upload failed: a sentence in the reader's language chosen by status, then the server's own
 * message (it names the limit, the type or the parse error exactly). `lead` alone is a refusal made here.
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
    detail = error.message;
    if (error.status === 0) {
      sentence = t.networkError;
      detail = null; // the browser's "Failed to fetch" adds nothing to "no connection"
    } else if (error.status === 413) sentence = m.tooLarge;
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
