import './registry.css';
import { useI18n } from '../../i18n/LanguageProvider.tsx';

export type SidebarView = 'analysis' | 'projects' | 'workspace';

/**
 * Analysis tools, the project registry or (for signed-in officials) the county-selection workspace in
 * the sidebar: several audiences, one map.
 */
export function ViewSwitch({
  view,
  onView,
  workspace = false,
}: {
  view: SidebarView;
  onView: (view: SidebarView) => void;
  workspace?: boolean;
}) {
  const { t } = useI18n();
  const r = t.editor.registry;
  const views: SidebarView[] = workspace ? ['analysis', 'projects', 'workspace'] : ['analysis', 'projects'];
  return (
    <div className="view-switch" role="tablist" aria-label={r.heading}>
      {views.map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          aria-selected={view === v}
          className={`view-tab ${view === v ? 'view-tab-active' : ''}`}
          data-testid={`view-${v}`}
          onClick={() => onView(v)}
        >
          {v === 'analysis' ? r.analysisView : v === 'projects' ? r.view : t.workspace.tab}
        </button>
      ))}
    </div>
  );
}
