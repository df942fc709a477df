import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { FileChooser } from '../../../shared/upload/FileChooser.tsx';
import { PreviewCommitButtons } from '../../../shared/upload/PreviewCommitButtons.tsx';
import { usePreviewCommit } from '../../../shared/upload/usePreviewCommit.ts';
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
  const titleId = useId();
  const [note, setNote] = useState('');
  const flow = usePreviewCommit({
    preview: (chosen: File) => importFile({ mode: 'preview', file: chosen }),
    commit: (chosen: File) => importFile({ mode: 'commit', file: chosen, note }),
    reportOfError: reportOf,
    refused: (chosen) => chosen.size > importMaxBytes,
    // Lists, map layers and counts of projects all hang under ['projects'].
    onCommitted: () => client.invalidateQueries({ queryKey: ['projects'] }),
  });
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const m = t.imports;
  const startOver = () => {
    if (fileInput.current) fileInput.current.value = '';
    setNote('');
    flow.choose(null);
  };
  const { file, report, committed } = flow;

  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      data-testid="import-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <form className="import-form" onSubmit={flow.submitPreview}>
        <div className="import-head">
          <h2 id={titleId}>{m.title}</h2>
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
            <FileChooser
              words={m}
              accept={importAccept}
              testId="import-file"
              file={file}
              disabled={flow.busy}
              onChoose={flow.choose}
              inputRef={fileInput}
            />
            <label className="field import-note">
              <span className="field-label">{m.note}</span>
              <input
                className="import-note-input"
                value={note}
                maxLength={2000}
                placeholder={m.notePlaceholder}
                disabled={flow.busy || committed !== undefined}
                onChange={(e) => setNote(e.target.value)}
              />
            </label>
          </div>
          {file && flow.refused ? (
            <ImportError lead={m.errors.tooLargeLocal(formatNumber(lang, file.size / 2 ** 20, 1))} />
          ) : null}
          <ImportError error={flow.error} />
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
            <ImportReportView report={report} sample={flow.previewReport?.sample} />
          ) : null}
        </div>
        <div className="import-actions">
          {committed ? (
            <button type="button" className="button" onClick={startOver}>
              {m.another}
            </button>
          ) : (
            <PreviewCommitButtons flow={flow} words={m} testIdPrefix="import" />
          )}
          <button type="button" className="button import-close" onClick={() => dialog.current?.close()}>
            {t.close}
          </button>
        </div>
      </form>
    </dialog>
  );
}
