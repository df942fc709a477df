import { lazy, useEffect } from 'react';
import { useScopeName } from '../../features/analysis/useScopeName.ts';
import { useScopeFlyTo } from '../../features/map/useScopeFlyTo.ts';
import { Lazy } from '../../shared/components/Lazy.tsx';
import { useShell } from '../shell/ShellContext.ts';
import { Sidebar } from './Sidebar.tsx';

// Officials only: it stays out of the public map's first load.
const WorkspacePanel = lazy(() =>
  import('../../features/workspace/components/WorkspacePanel.tsx').then((m) => ({
    default: m.WorkspacePanel,
  })),
);

/**
 * `/workspace`: the officials' county-selection workspace (need against coverage, rank stability,
 * scenarios and their approval) beside the map it colours. It works on the current boundaries.
 */
export function WorkspacePage() {
  const shell = useShell();
  const { choice, setChoice } = shell;
  const scopeName = useScopeName(shell.workspace.province, shell.provinces.data);
  useScopeFlyTo(shell.workspace.province, shell.provinces.data?.features, shell.setFlyTo);
  // The workspace's counties are those of the current boundaries: an indicator of another set would draw others.
  useEffect(() => {
    if (choice && choice.set !== 'current') setChoice(null);
  }, [choice, setChoice]);
  return (
    <Sidebar view="workspace">
      <Lazy>
        <WorkspacePanel
          state={shell.workspace}
          onState={shell.patchWorkspace}
          user={shell.user}
          indicators={shell.indicators.data ?? []}
          provinces={shell.provinces.data}
          sectors={shell.sectors}
          scopeName={scopeName}
          onMapOverlay={shell.setMapOverlay}
        />
      </Lazy>
    </Sidebar>
  );
}
