import type { ReactNode } from 'react';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';
import { ViewSwitch } from '../../features/projects/registry/ViewSwitch.tsx';
import { SuggestionLayerToggle } from '../../features/suggestions/components/SuggestionLayerToggle.tsx';
import '../../features/portal/portal.css';
import { useShell } from '../shell/ShellContext.ts';

const pathOf = { analysis: 'map', projects: 'registry', workspace: 'workspace' } as const;

/** The side area of the map, registry and workspace pages: the switch between the audiences' tools, the tools and the portal's links. */
export function Sidebar({
  view,
  children,
}: {
  view: 'analysis' | 'projects' | 'workspace';
  children: ReactNode;
}) {
  const { nav, user, showSuggestionCounts, setShowSuggestionCounts } = useShell();
  const { t } = useI18n();
  return (
    <div className="sidebar">
      <ViewSwitch
        view={view}
        workspace={user !== null || view === 'workspace'}
        onView={(next) => nav.openView(pathOf[next])}
      />
      {children}
      {/* The public portal: the suggestions layer, the open data and (planners) the moderation queue. */}
      <nav className="portal-links" aria-label={t.portal.pages}>
        <SuggestionLayerToggle on={showSuggestionCounts} onChange={setShowSuggestionCounts} />
        <a
          href="/downloads"
          className="button button-small button-ghost"
          data-testid="open-downloads"
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            nav.openPage('downloads');
          }}
        >
          {t.portal.openData}
        </a>
        {user && user.role !== 'viewer' ? (
          <a
            href="/moderation"
            className="button button-small button-ghost"
            data-testid="open-moderation"
            onClick={(event) => {
              if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
              event.preventDefault();
              nav.openPage('moderation');
            }}
          >
            {t.portal.moderation}
          </a>
        ) : null}
      </nav>
    </div>
  );
}
