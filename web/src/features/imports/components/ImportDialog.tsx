import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { importAccept, importFile, importMaxBytes, reportOf } from '../api/importFile.ts';
import { ImportError } from './ImportError.tsx';
import { ImportHelp } from './ImportHelp.tsx';
import { ImportReportView } from './ImportReportView.tsx';
import '../imports.css';

interface ImportDialogProps {
  onClose: () => void;
}

/**
 * Upload a file of projects, see every problem by row and column, and import it only once it has none:
 * the server imports all rows or nothing, so the commit button waits for a clean preview.
 */
export function ImportDialog({ onClose }: ImportDialogProps) {
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = { file: useId(), title: useId() };
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const preview = useMutation({
    mutationFn: (chosen: File) => importFile({ mode: 'preview', file: chosen }),
  });
  const commit = useMutation({
    mutationFn: (chosen: File) => importFile({ mode: 'commit', file: chosen, note }),
    onSuccess: () => {
      // Lists, map layers and counts of projects all hang under ['projects'].
      void client.invalidateQueries({ queryKey: ['projects'] });
    },
  });
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const m = t.imports;
  // A new file makes the old report meaningless; reset() also drops the answer of a request in flight.
  const choose = (next: File | null) => {
    preview.reset();
    commit.reset();
    setFile(next);
  };
  const startOver = () => {
    if (fileInput.current) fileInput.current.value = '';
    setNote('');
    choose(null);
  };
  const tooLarge = file !== null && file.size > importMaxBytes;
  const busy = preview.isPending || commit.isPending;
  // A commit refused with 422 carries a fresh report (the registry may have changed since the preview).
  const report = reportOf(commit.error) ?? preview.data ?? null;
  const committed = commit.data;
  const canCommit =
    preview.data !== undefined &&
    report !== null &&
    report.problemCount === 0 &&
    report.valid > 0 &&
    !busy &&
    !committed;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (file && !tooLarge && !busy) {
      commit.reset();
      preview.mutate(file);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      data-testid="import-dialog"
      aria-labelledby={ids.title}
      onClose={onClose}
    >
      <form className="import-form" onSubmit={onSubmit}>
        <div className="import-head">
          <h2 id={ids.title}>{m.title}</h2>
          <button
            type="button"
            className="button button-icon"
            aria-label={t.close}
            onClick={() => dialog.current?.close()}
          >
            ×
          </button>
        </div>
        <div className="import-body">
          <ImportHelp />
          <div className="import-fields">
            <div className="field">
              <span className="field-label">{m.file}</span>
              <div className="import-file">
                {/* The native input stays in the page (keyboard, tests) but its browser-language text is hidden. */}
                <input
                  id={ids.file}
                  ref={fileInput}
                  type="file"
                  className="import-file-input"
                  accept={importAccept}
                  data-testid="import-file"
                  disabled={busy}
                  onChange={(e) => choose(e.target.files?.[0] ?? null)}
                />
                <label htmlFor={ids.file} className="button">
                  {m.chooseFile}
                </label>
                <bdi className={file ? 'import-file-name' : 'import-file-name muted'}>
                  {file ? file.name : m.noFile}
                </bdi>
              </div>
            </div>
            <label className="field import-note">
              <span className="field-label">{m.note}</span>
              <input
                className="import-note-input"
                value={note}
                maxLength={2000}
                placeholder={m.notePlaceholder}
                disabled={busy || committed !== undefined}
                onChange={(e) => setNote(e.target.value)}
              />
            </label>
          </div>
          {tooLarge ? (
            <ImportError lead={m.errors.tooLargeLocal(formatNumber(lang, file.size / 2 ** 20, 1))} />
          ) : null}
          <ImportError error={commit.error ?? preview.error} />
          {committed ? (
            <p
              className="import-result"
              role="status"
              data-testid="import-result"
              data-imported={committed.imported}
            >
              {m.imported(formatNumber(lang, committed.imported))}
            </p>
          ) : report ? (
            <ImportReportView report={report} sample={commit.error ? undefined : preview.data?.sample} />
          ) : null}
        </div>
        <div className="import-actions">
          {committed ? (
            <button type="button" className="button" onClick={startOver}>
              {m.another}
            </button>
          ) : (
            <>
              <button
                type="submit"
                className="button"
                data-testid="import-preview"
                disabled={!file || tooLarge || busy}
              >
                {preview.isPending ? m.previewing : m.preview}
              </button>
              {report ? (
                <button
                  type="button"
                  className="button button-primary"
                  data-testid="import-commit"
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
          <button type="button" className="button import-close" onClick={() => dialog.current?.close()}>
            {t.close}
          </button>
        </div>
      </form>
    </dialog>
  );
}
