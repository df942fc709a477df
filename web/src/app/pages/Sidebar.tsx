import type { ReactNode } from 'react';
import { ViewSwitch } from '../../features/projects/registry/ViewSwitch.tsx';
import { useShell } from '../shell/ShellContext.ts';

/** The side area of the map and registry pages: the switch between the two audiences' tools, and the tools. */
export function Sidebar({ view, children }: { view: 'analysis' | 'projects'; children: ReactNode }) {
  const { nav } = useShell();
  return (
    <div className="sidebar">
      <ViewSwitch view={view} onView={(next) => nav.openView(next === 'projects' ? 'registry' : 'map')} />
      {children}
    </div>
  );
}
