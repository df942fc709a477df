import { useRouterState } from '@tanstack/react-router';
import type { AnalysisState } from '../../features/analysis/analysisState.ts';

/** A page with a sidebar: an analysis tab or the registry. County and project pages lie over one of them. */
export type BaseView = AnalysisState['tab'] | 'registry' | 'workspace';

export type ShellRoute =
  | { kind: 'view'; view: BaseView }
  | { kind: 'county'; set: string; code: string; base: BaseView }
  | { kind: 'project'; id: number; base: BaseView; fromCounty: boolean };

export function viewPath(view: BaseView): string {
  if (view === 'workspace') return '/workspace';
  return view === 'map' ? '/' : view === 'registry' ? '/registry' : `/analysis/${view}`;
}

/** The page shown, from the router: which view, county or project, and for the last two what lies under them. */
export function useShellRoute(): ShellRoute {
  return useRouterState({
    select: (state): ShellRoute => {
      const match = state.matches[state.matches.length - 1];
      const params = (match?.params ?? {}) as Record<string, unknown>;
      const base = state.location.state.view ?? 'map';
      switch (match?.routeId) {
        case '/county/$set/$code':
          return { kind: 'county', set: String(params.set), code: String(params.code), base };
        case '/project/$id':
          return {
            kind: 'project',
            id: Number(params.id),
            base,
            fromCounty: state.location.state.fromCounty === true,
          };
        case '/registry':
          return { kind: 'view', view: 'registry' };
        // The printable scenario lies over the workspace (and hides the rest when printed).
        case '/workspace':
        case '/workspace/print/$id':
          return { kind: 'view', view: 'workspace' };
        case '/analysis/$tab':
          return { kind: 'view', view: params.tab as BaseView };
        default:
          return { kind: 'view', view: 'map' };
      }
    },
    structuralSharing: true,
  });
}

/** The view a page shows or lies over. */
export function baseView(route: ShellRoute): BaseView {
  return route.kind === 'view' ? route.view : route.base;
}
