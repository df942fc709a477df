import './registry.css';
import { useI18n } from '../../i18n/LanguageProvider.tsx';

export type SidebarView = 'analysis' | 'projects';

/** Analysis tools or the project registry in the sidebar: two audiences, one map. */
export function ViewSwitch({ view, onView }: { view: SidebarView; onView: (view: SidebarView) => void }) {
  const { t } = useI18n();
  const r = t.editor.registry;
  return (
    <div className="view-switch" role="tablist" aria-label={r.heading}>
      {(['analysis', 'projects'] as const).map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          aria-selected={view === v}
          className={`view-tab ${view === v ? 'view-tab-active' : ''}`}
          data-testid={`view-${v}`}
          onClick={() => onView(v)}
        >
          {v === 'analysis' ? r.analysisView : r.view}
        </button>
      ))}
    </div>
  );
}
