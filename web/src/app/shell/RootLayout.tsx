import { Outlet } from '@tanstack/react-router';
import { lazy } from 'react';
import { CountySearch } from '../../features/counties/components/CountySearch.tsx';
import { bbox } from '../../features/counties/geometry/bbox.ts';
import { HoveredCountyProvider } from '../../features/counties/hoveredCounty.tsx';
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
            <CountySearch
              counties={counties.nationalFeatures}
              provinces={shell.provinces.data}
              onPick={(feature) => {
                nav.openCounty(counties.set, feature.properties.code);
                // A new object each time, so picking the same county again still brings it back into view.
                shell.setFlyTo({ bbox: bbox(feature.geometry) });
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
