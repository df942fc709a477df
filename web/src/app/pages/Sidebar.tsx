import type { MouseEvent, ReactNode } from 'react';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';
import { ViewSwitch } from '../../features/projects/registry/ViewSwitch.tsx';
import { SuggestionLayerToggle } from '../../features/suggestions/components/SuggestionLayerToggle.tsx';
import '../../features/portal/portal.css';
import { useShell } from '../shell/ShellContext.ts';
import { useSheet } from '../shell/useSheet.tsx';

const pathOf = { analysis: 'map', projects: 'registry', workspace: 'workspace' } as const;

/**
 * The side area of the map, registry and workspace pages: the switch between the audiences' tools, the tools
 * and the portal's links. On a phone it is a bottom sheet.
 */
export function Sidebar({
  view,
  children,
}: {
  view: 'analysis' | 'projects' | 'workspace';
  children: ReactNode;
}) {
  const { nav, user, showSuggestionCounts, setShowSuggestionCounts } = useShell();
  const { t } = useI18n();
  // On a phone the analysis tools start folded to a bar (the public comes for the map); the registry and
  // the workspace, opened on purpose, at half height.
  const { sheet, handle, folded } = useSheet(view === 'analysis' ? 'peek' : 'half');
  const openPage = (page: 'downloads' | 'moderation') => (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    nav.openPage(page);
  };
  return (
    <div className="sidebar" data-sheet={sheet}>
      {handle}
      <ViewSwitch
        view={view}
        workspace={user !== null || view === 'workspace'}
        onView={(next) => nav.openView(pathOf[next])}
      />
      <div className="sidebar-body" inert={folded}>
        {children}
        {/* The public portal: the suggestions layer, the open data and (planners) the moderation queue. */}
        <nav className="portal-links" aria-label={t.portal.pages}>
          <SuggestionLayerToggle on={showSuggestionCounts} onChange={setShowSuggestionCounts} />
          <a
            href="/downloads"
            className="button button-small button-ghost"
            data-testid="open-downloads"
            onClick={openPage('downloads')}
          >
            {t.portal.openData}
          </a>
          {user && user.role !== 'viewer' ? (
            <a
              href="/moderation"
              className="button button-small button-ghost"
              data-testid="open-moderation"
              onClick={openPage('moderation')}
            >
              {t.portal.moderation}
            </a>
          ) : null}
        </nav>
      </div>
    </div>
  );
}
