import type { ReactNode } from 'react';
import { ViewSwitch } from '../../features/projects/registry/ViewSwitch.tsx';
import { useShell } from '../shell/ShellContext.ts';
import { useSheet } from '../shell/useSheet.tsx';

/** The side area of the map and registry pages: the switch between the two audiences' tools, and the tools. */
export function Sidebar({ view, children }: { view: 'analysis' | 'projects'; children: ReactNode }) {
  const { nav } = useShell();
  // On a phone the analysis tools start folded to a bar (the public comes for the map); the registry,
  // opened on purpose, at half height.
  const { sheet, handle, folded } = useSheet(view === 'projects' ? 'half' : 'peek');
  return (
    <div className="sidebar" data-sheet={sheet}>
      {handle}
      <ViewSwitch view={view} onView={(next) => nav.openView(next === 'projects' ? 'registry' : 'map')} />
      <div className="sidebar-body" inert={folded}>
        {children}
      </div>
    </div>
  );
}
