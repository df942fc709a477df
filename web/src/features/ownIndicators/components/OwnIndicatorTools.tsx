import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { sessionQuery } from '../../auth/api/session.ts';
import { localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { ImportError } from '../../imports/components/ImportError.tsx';
import type { Indicator } from '../../indicators/api/indicators.ts';
import { deleteIndicator } from '../api/ownIndicators.ts';
import '../ownIndicators.css';

// The form and the upload with its preview load only when an editor opens them.
const OwnIndicatorDialog = lazy(() =>
  import('./OwnIndicatorDialog.tsx').then((m) => ({ default: m.OwnIndicatorDialog })),
);

interface OwnIndicatorToolsProps {
  /** The indicator on the map, if any: its values can be uploaded (and it deleted) when it is the user's. */
  current: Indicator | undefined;
  set: string;
  /** After values are saved: show this indicator in this period. */
  onShow: (code: string, period: string) => void;
}

/**
 * "New indicator", "Upload values" and "Delete indicator" for editors. The server decides who may
 * change what (census indicators never, someone else's only as an admin); the buttons follow its rule.
 */
export function OwnIndicatorTools({ current, set, onShow }: OwnIndicatorToolsProps) {
  const { t, lang } = useI18n();
  const m = t.ownIndicators;
  const client = useQueryClient();
  const session = useQuery(sessionQuery);
  const [open, setOpen] = useState<
    null | { kind: 'create' } | { kind: 'upload'; code: string; name: string }
  >(null);
  const remove = useMutation({
    mutationFn: deleteIndicator,
    onSuccess: () => void client.invalidateQueries({ queryKey: ['indicators'] }),
  });
  const user = session.data?.user;
  if (!user || (user.role !== 'admin' && user.role !== 'planner')) return null;
  const editable =
    current?.kind === 'user' && (user.role === 'admin' || current.created_by === user.id) ? current : null;
  return (
    <section className="own-indicators" data-testid="own-indicators" aria-label={m.title}>
      <h3 className="field-label">{m.title}</h3>
      <div className="own-indicators-actions">
        <button
          type="button"
          className="button"
          data-testid="new-indicator"
          onClick={() => setOpen({ kind: 'create' })}
        >
          {m.newIndicator}
        </button>
        {editable ? (
          <>
            <button
              type="button"
              className="button"
              data-testid="upload-values"
              onClick={() =>
                setOpen({ kind: 'upload', code: editable.code, name: localName(lang, editable) })
              }
            >
              {m.uploadValues}
            </button>
            <button
              type="button"
              className="button button-danger"
              data-testid="delete-indicator"
              disabled={remove.isPending}
              onClick={() => {
                if (window.confirm(m.confirmDelete(localName(lang, editable)))) remove.mutate(editable.code);
              }}
            >
              {m.deleteIndicator}
            </button>
          </>
        ) : null}
      </div>
      <ImportError error={remove.error} />
      {open ? (
        <Suspense fallback={<span className="muted">{t.loading}</span>}>
          <OwnIndicatorDialog
            set={set}
            upload={open.kind === 'upload' ? { code: open.code, name: open.name } : null}
            onClose={() => setOpen(null)}
            onShow={onShow}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
