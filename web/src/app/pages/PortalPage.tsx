import { DownloadsPanel } from '../../features/downloads/components/DownloadsPanel.tsx';
import { localName } from '../../features/i18n/format.ts';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';
import { ModerationQueue } from '../../features/suggestions/components/ModerationQueue.tsx';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle.ts';
import type { PortalPage as Page } from '../routing/views.ts';
import { useShell } from '../shell/ShellContext.ts';
import { SidePanel } from '../shell/SidePanel.tsx';

/** `/downloads` (open data, for everyone) and `/moderation` (the planners' queue of suggestions). */
export function PortalPage({ page }: { page: Page }) {
  const { t, lang } = useI18n();
  const shell = useShell();
  useDocumentTitle(page === 'downloads' ? t.downloads.title : t.suggestions.queue);
  const user = shell.user;
  const provinces = shell.provinces.data?.features ?? [];
  const mine = provinces
    .filter(
      (p) => user?.role === 'admin' || !user?.provinces.length || user.provinces.includes(p.properties.code),
    )
    .map((p) => ({ code: p.properties.code, name: localName(lang, p.properties) }));
  return (
    <SidePanel onClose={() => shell.nav.closePanel()} contentKey={`g${page}`}>
      {page === 'downloads' ? (
        <DownloadsPanel />
      ) : (
        <>
          <header className="panel-header">
            <h2 className="panel-title">{t.suggestions.queue}</h2>
          </header>
          {user && user.role !== 'viewer' ? (
            <ModerationQueue provinces={mine} />
          ) : (
            <p className="note">{t.auth.signInTitle}</p>
          )}
        </>
      )}
    </SidePanel>
  );
}
