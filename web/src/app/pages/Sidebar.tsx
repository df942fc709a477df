import type { ReactNode } from 'react';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';
import { ViewSwitch } from '../../features/projects/registry/ViewSwitch.tsx';
import { SuggestionLayerToggle } from '../../features/suggestions/components/SuggestionLayerToggle.tsx';
import '../../features/portal/portal.css';
import { useShell } from '../shell/ShellContext.ts';

/** The side area of the map and registry pages: the switch between the two audiences' tools, and the tools. */
export function Sidebar({ view, children }: { view: 'analysis' | 'projects'; children: ReactNode }) {
  const { nav, user, showSuggestionCounts, setShowSuggestionCounts } = useShell();
  const { t } = useI18n();
  return (
    <div className="sidebar">
      <ViewSwitch view={view} onView={(next) => nav.openView(next === 'projects' ? 'registry' : 'map')} />
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
