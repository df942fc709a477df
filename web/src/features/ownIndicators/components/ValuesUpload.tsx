import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
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
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const preview = useMutation({ mutationFn: (chosen: File) => uploadValues('preview', code, chosen) });
  const commit = useMutation({
    mutationFn: (chosen: File) => uploadValues('commit', code, chosen),
    onSuccess: async (saved) => {
      // The catalogue lists the new periods; the map layers of this indicator are stale.
      await client.invalidateQueries({ queryKey: ['indicators'] });
      void client.invalidateQueries({ predicate: (q) => q.queryKey.includes(code) });
      const last = saved.periods.at(-1)?.period;
      if (last) onCommitted(last);
    },
  });
  const digits = (s: string) => (lang === 'fa' ? toPersianDigits(s) : s);
  const busy = preview.isPending || commit.isPending;
  const report = valuesReportOf(commit.error) ?? preview.data ?? null;
  const saved = commit.data;
  const canCommit =
    preview.data !== undefined && report?.problemCount === 0 && report.valid > 0 && !busy && !saved;
  const choose = (next: File | null) => {
    preview.reset();
    commit.reset();
    setFile(next);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (file && !busy) {
      commit.reset();
      preview.mutate(file);
    }
  };
  return (
    <form className="own-values" data-testid="values-upload" onSubmit={onSubmit}>
      <div className="import-body">
        <p className="import-help">{m.uploadHelp}</p>
        <div className="field">
          <span className="field-label">{m.file}</span>
          <div className="import-file">
            <input
              id={fileId}
              ref={fileInput}
              type="file"
              className="import-file-input"
              accept={valuesAccept}
              data-testid="values-file"
              disabled={busy}
              onChange={(e) => choose(e.target.files?.[0] ?? null)}
            />
            <label htmlFor={fileId} className="button">
              {m.chooseFile}
            </label>
            <bdi className={file ? 'import-file-name' : 'import-file-name muted'}>
              {file ? file.name : m.noFile}
            </bdi>
          </div>
        </div>
        <ImportError error={commit.error ?? preview.error} />
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
        {saved ? null : (
          <>
            <button type="submit" className="button" data-testid="values-preview" disabled={!file || busy}>
              {preview.isPending ? m.previewing : m.preview}
            </button>
            {report ? (
              <button
                type="button"
                className="button button-primary"
                data-testid="values-commit"
                disabled={!canCommit}
                onClick={() => preview.variables && commit.mutate(preview.variables)}
              >
                {commit.isPending ? m.committing : m.commit(formatNumber(lang, report.valid))}
              </button>
            ) : null}
            {report && report.problemCount > 0 ? (
              <span className="import-hint">{m.commitBlocked}</span>
            ) : null}
          </>
        )}
        <button type="button" className="button import-close" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </form>
  );
}
