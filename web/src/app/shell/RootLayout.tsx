import { Outlet } from '@tanstack/react-router';
import { lazy } from 'react';
import { HoveredCountyProvider } from '../../features/counties/hoveredCounty.tsx';
import { SearchBox } from '../../features/search/components/SearchBox.tsx';
import { Lazy } from '../../shared/components/Lazy.tsx';
import { Header } from './Header.tsx';
import { MapArea } from './MapArea.tsx';
import { ShellContext } from './ShellContext.ts';
import { SidePanel } from './SidePanel.tsx';
import { useShellState } from './useShellState.ts';

// Only editors open it: it stays out of the public map's first load.
const ProjectEditor = lazy(() =>
  import('../../features/projects/editor/ProjectEditor.tsx').then((m) => ({ default: m.ProjectEditor })),
);

/** The frame of every page: the header, the page's side area, and the map, which stays across pages. */
export function RootLayout() {
  return (
    <HoveredCountyProvider>
      <Shell />
    </HoveredCountyProvider>
  );
}

function Shell() {
  const shell = useShellState();
  const { route, nav, counties, projectEditor } = shell;
  const editing = projectEditor.session;
  const panelOpen = editing !== null || route.kind !== 'view';
  const boundarySet = shell.meta.data?.boundarySets.find((s) => s.code === counties.set);
  return (
    <ShellContext.Provider value={shell}>
      <div className={`app ${panelOpen ? 'app-panel-open' : ''}`}>
        <Header
          indicators={shell.indicators.data ?? []}
          choice={shell.choice}
          onChoice={shell.setChoice}
          indicatorsLoading={shell.indicators.isPending}
          boundarySet={boundarySet}
          setCode={counties.set}
          countyCount={counties.nationalFeatures.length}
          search={
            <SearchBox
              onOpen={(result) => {
                if (result.kind === 'project' && result.id !== null) nav.openProject(result.id);
                else if (result.kind === 'province' && result.code) nav.openProvince(result.code);
                else if (result.set && result.code) nav.openCounty(result.set, result.code);
                // A new object each time, so opening the same place again still brings it back into view.
                shell.setFlyTo({ bbox: result.bbox });
              }}
            />
          }
        />
        <main className="app-main">
          {editing ? (
            // The form lies over whatever page it was opened from, and hands back to it (or to the saved project).
            <SidePanel
              onClose={projectEditor.cancel}
              contentKey={`e${editing.mode}${editing.base?.properties.id ?? ''}`}
            >
              <Lazy>
                <ProjectEditor editor={projectEditor} sectors={shell.sectors} mayEditIn={shell.mayEditIn} />
              </Lazy>
            </SidePanel>
          ) : (
            <Outlet />
          )}
          <MapArea />
        </main>
      </div>
    </ShellContext.Provider>
  );
}
