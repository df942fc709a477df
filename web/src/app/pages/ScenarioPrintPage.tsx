import { useParams, useSearch } from '@tanstack/react-router';
import { lazy } from 'react';
import { Lazy } from '../../shared/components/Lazy.tsx';
import { useShell } from '../shell/ShellContext.ts';

const ScenarioPrint = lazy(() =>
  import('../../features/workspace/components/print/ScenarioPrint.tsx').then((m) => ({
    default: m.ScenarioPrint,
  })),
);

/** `/workspace/print/<id>[?plang=en]`: a scenario's printable page, Persian unless English is asked for. */
export function ScenarioPrintPage() {
  const { id } = useParams({ from: '/workspace/print/$id' });
  const search = useSearch({ from: '__root__' });
  const { nav } = useShell();
  return (
    <Lazy>
      <ScenarioPrint
        id={id}
        lang={search.plang === 'en' ? 'en' : 'fa'}
        onLang={(next) => nav.patchSearch({ plang: next === 'en' ? 'en' : undefined })}
        onBack={() => nav.openView('workspace', { ws: id, plang: undefined })}
      />
    </Lazy>
  );
}
