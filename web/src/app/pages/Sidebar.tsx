import type { ReactNode } from 'react';
import { ViewSwitch } from '../../features/projects/registry/ViewSwitch.tsx';
import { useShell } from '../shell/ShellContext.ts';

const pathOf = { analysis: 'map', projects: 'registry', workspace: 'workspace' } as const;

/** The side area of the map, registry and workspace pages: the switch between the audiences' tools, and the tools. */
export function Sidebar({
  view,
  children,
}: {
  view: 'analysis' | 'projects' | 'workspace';
  children: ReactNode;
}) {
  const { nav, user } = useShell();
  return (
    <div className="sidebar">
      <ViewSwitch
        view={view}
        workspace={user !== null || view === 'workspace'}
        onView={(next) => nav.openView(pathOf[next])}
      />
      {children}
    </div>
  );
}
