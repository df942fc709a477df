import { useQueryClient } from '@tanstack/react-query';
import { FileChooser } from '../../../shared/upload/FileChooser.tsx';
import { PreviewCommitButtons } from '../../../shared/upload/PreviewCommitButtons.tsx';
import { usePreviewCommit } from '../../../shared/upload/usePreviewCommit.ts';
import { toPersianDigits } from '../../i18n/digits.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { ImportError } from '../../imports/components/ImportError.tsx';
import { ProblemTable } from '../../imports/components/ProblemTable.tsx';
import { uploadValues, valuesAccept, valuesReportOf } from '../api/ownIndicators.ts';

interface ValuesUploadProps {
  code: string;
  onClose: () => void;
  /** Values saved; the latest period of the file. */
  onCommitted: (period: string) => void;
}

/**
 * Choose a values file, see every problem by row and column (with the closest county names), and save it
 * only once it has none: the server writes all of it or nothing.
 */
export function ValuesUpload({ code, onClose, onCommitted }: ValuesUploadProps) {
  const { t, lang } = useI18n();
  const m = t.ownIndicators;
  const client = useQueryClient();
  const flow = usePreviewCommit({
    preview: (chosen: File) => uploadValues('preview', code, chosen),
    commit: (chosen: File) => uploadValues('commit', code, chosen),
    reportOfError: valuesReportOf,
    onCommitted: async (saved) => {
      // The catalogue lists the new periods; the map layers of this indicator are stale.
      await client.invalidateQueries({ queryKey: ['indicators'] });
      void client.invalidateQueries({ predicate: (q) => q.queryKey.includes(code) });
      const last = saved.periods.at(-1)?.period;
      if (last) onCommitted(last);
    },
  });
  const digits = (s: string) => (lang === 'fa' ? toPersianDigits(s) : s);
  const { report, committed: saved } = flow;
  return (
    <form className="own-values" data-testid="values-upload" onSubmit={flow.submitPreview}>
      <div className="import-body">
        <p className="import-help">{m.uploadHelp}</p>
        <FileChooser
          words={m}
          accept={valuesAccept}
          testId="values-file"
          file={flow.file}
          disabled={flow.busy}
          onChoose={flow.choose}
        />
        <ImportError error={flow.error} />
        {saved ? (
          <p
            className="import-result"
            role="status"
            data-testid="values-saved"
            data-imported={saved.imported}
          >
            {m.committed(
              formatNumber(lang, saved.imported),
              saved.periods.map((p) => digits(p.period)).join(lang === 'fa' ? '، ' : ', '),
            )}
          </p>
        ) : report ? (
          <>
            <div className="import-section">
              <h3>{m.periodsTitle}</h3>
              <table className="import-table" data-testid="values-periods">
                <thead>
                  <tr>
                    <th scope="col">{m.periodColumns.period}</th>
                    <th scope="col">{m.periodColumns.counties}</th>
                    <th scope="col">{m.periodColumns.replaces}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.periods.map((p) => (
                    <tr key={p.period} data-period={p.period}>
                      <td>{digits(p.period)}</td>
                      <td className="import-num">{formatNumber(lang, p.counties)}</td>
                      <td className="import-num">{formatNumber(lang, p.replaces)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {report.problems.length ? (
              <ProblemTable
                problems={report.problems}
                total={report.problemCount}
                truncated={report.truncated}
              />
            ) : null}
          </>
        ) : null}
      </div>
      <div className="import-actions">
        {saved ? null : <PreviewCommitButtons flow={flow} words={m} testIdPrefix="values" />}
        <button type="button" className="button import-close" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </form>
  );
}
