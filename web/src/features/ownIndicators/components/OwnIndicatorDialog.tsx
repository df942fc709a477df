import { useEffect, useId, useRef, useState } from 'react';
import { localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { IndicatorForm } from './IndicatorForm.tsx';
import { ValuesUpload } from './ValuesUpload.tsx';
import '../../imports/imports.css';

interface OwnIndicatorDialogProps {
  set: string;
  /** Upload values of this indicator; null: define a new one first. */
  upload: { code: string; name: string } | null;
  onClose: () => void;
  onShow: (code: string, period: string) => void;
}

/** Define an indicator, then upload its values: one dialog, the form first when the indicator is new. */
export function OwnIndicatorDialog({ set, upload, onClose, onShow }: OwnIndicatorDialogProps) {
  const { t, lang } = useI18n();
  const m = t.ownIndicators;
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useId();
  const [target, setTarget] = useState(upload);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const close = () => dialog.current?.close();
  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      data-testid="own-indicator-dialog"
      aria-labelledby={title}
      onClose={onClose}
    >
      <div className="import-form">
        <div className="import-head">
          <h2 id={title}>{target ? m.uploadTitle(target.name) : m.formTitle}</h2>
          <button type="button" className="button button-icon" aria-label={t.close} onClick={close}>
            ×
          </button>
        </div>
        {target ? (
          <ValuesUpload
            code={target.code}
            onClose={close}
            onCommitted={(period) => {
              onShow(target.code, period);
            }}
          />
        ) : (
          <IndicatorForm
            set={set}
            onCancel={close}
            onCreated={(made) => setTarget({ code: made.code, name: localName(lang, made) })}
          />
        )}
      </div>
    </dialog>
  );
}
