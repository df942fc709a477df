import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { sessionQuery } from '../../auth/api/session.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';

// Only editors open it; its parsers and tables load then.
const ImportDialog = lazy(() => import('./ImportDialog.tsx').then((m) => ({ default: m.ImportDialog })));

/**
 * Opens the import dialog. Only editors see it: the server refuses anyone else (and checks a planner's
 * provinces row by row), so offering it to a viewer or a visitor would only lead to a refusal.
 */
export function ImportButton() {
  const { t } = useI18n();
  const session = useQuery(sessionQuery);
  const [open, setOpen] = useState(false);
  const role = session.data?.user?.role;
  if (role !== 'admin' && role !== 'planner') return null;
  return (
    <>
      <button type="button" className="button" data-testid="open-import" onClick={() => setOpen(true)}>
        {t.imports.open}
      </button>
      {open ? (
        <Suspense fallback={<span className="muted">{t.loading}</span>}>
          <ImportDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
