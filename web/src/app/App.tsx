import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AnalysisSidebar } from '../features/analysis/components/AnalysisSidebar.tsx';
import { useAnalysisData } from '../features/analysis/useAnalysisData.ts';
import { useAnalysisExport } from '../features/analysis/useAnalysisExport.ts';
import { useScopeName } from '../features/analysis/useScopeName.ts';
import { canEditProvince, sessionQuery } from '../features/auth/api/session.ts';
import { useDisplayedCounties } from '../features/counties/api/useDisplayedCounties.ts';
import { CountyPanel } from '../features/counties/components/CountyPanel.tsx';
import { CountySearch } from '../features/counties/components/CountySearch.tsx';
import { useI18n } from '../features/i18n/LanguageProvider.tsx';
import { type IndicatorChoice, indicatorsQuery } from '../features/indicators/api/indicators.ts';
import { useMapTooltips } from '../features/map/useMapTooltips.ts';
import { useScopeFlyTo } from '../features/map/useScopeFlyTo.ts';
import { metaQuery } from '../features/meta/api/meta.ts';
import { projectsQuery } from '../features/projects/api/projects.ts';
import type { ProjectFeature } from '../features/projects/api/types.ts';
import { ProjectPanel } from '../features/projects/components/ProjectPanel.tsx';
import { ProjectEditor } from '../features/projects/editor/ProjectEditor.tsx';
import { draftLocation, useProjectEditor } from '../features/projects/editor/useProjectEditor.ts';
import { RegistryPanel } from '../features/projects/registry/RegistryPanel.tsx';
import { useRegistryState } from '../features/projects/registry/registryState.ts';
import { ViewSwitch } from '../features/projects/registry/ViewSwitch.tsx';
import { useProjectLink } from '../features/projects/useProjectLink.ts';
import { provincesQuery } from '../features/provinces/api/provinces.ts';
import { useSchemeEditor } from '../features/regions/useSchemeEditor.ts';
import { Header } from './Header.tsx';
import { MapArea } from './MapArea.tsx';
import { SidePanel } from './SidePanel.tsx';
import { useAppState } from './useAppState.ts';
import { useLoadErrors } from './useLoadErrors.ts';
import { useSelection } from './useSelection.ts';

const fallbackAttribution = '© OpenStreetMap contributors';

export function App() {
  const { t, lang } = useI18n();
  const meta = useQuery(metaQuery);
  const session = useQuery(sessionQuery);
  const indicators = useQuery(indicatorsQuery);
  const user = session.data?.user ?? null;
  const registry = useRegistryState(user !== null);
  const projects = useQuery({ ...projectsQuery(registry.filter), placeholderData: keepPreviousData });
  const { choice, setChoice, analysis, patchAnalysis } = useAppState(indicators.data);
  const [focusProvince, setFocusProvince] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [mainMap, setMainMap] = useState<MapLibreMap | null>(null);

  const counties = useDisplayedCounties(choice, focusProvince);
  const provinces = useQuery({ ...provincesQuery(counties.set), placeholderData: keepPreviousData });
  const selection = useSelection(counties.set);
  const { county, setCounty, project, setProject, closePanel } = selection;
  const projectEditor = useProjectEditor(setProject, lang);
  useProjectLink(project, setProject);
  const editing = projectEditor.session;
  const panelOpen = selection.panelOpen || editing !== null;
  const data = useAnalysisData(choice, analysis, indicators.data, counties.nationalFeatures);
  useScopeFlyTo(analysis.province, provinces.data?.features, selection.setFlyTo);
  useScopeFlyTo(registry.filter.province ?? null, provinces.data?.features, selection.setFlyTo);

  const boundarySet = meta.data?.boundarySets.find((s) => s.code === counties.set);
  const sectors = meta.data?.sectors ?? [];
  const onChoice = useCallback(
    (next: IndicatorChoice | null) => {
      setChoice(next);
      // A county of one boundary set means nothing on another (other vintage, other codes).
      if ((next?.set ?? 'current') !== counties.set) setCounty(null);
    },
    [counties.set, setChoice, setCounty],
  );
  const attribution = useMemo(() => {
    const all = [
      meta.data?.attribution ?? fallbackAttribution,
      ...(meta.data?.boundarySets ?? []).map((s) => s.attribution),
    ];
    return [...new Set(all)];
  }, [meta.data]);
  const { describeCounty, describeProject } = useMapTooltips({
    indicator: data.indicator,
    compositeData: data.compositeData,
    lisaData: data.showLisa ? data.lisaData : undefined,
  });
  const projectFeatures = projects.data?.features ?? [];
  const errors = useLoadErrors({ counties, provinces, projects, indicators, meta });
  const scopeName = useScopeName(analysis.province, provinces.data);
  const editor = useSchemeEditor(counties.nationalFeatures);
  const canEditSchemes = canEditProvince(user, analysis.province);
  const canCreateProjects = user?.role === 'admin' || user?.role === 'planner';
  const mayEditIn = useCallback((province: string) => canEditProvince(user, province), [user]);
  // Signing out closes the project form: its save would be refused anyway.
  const cancelProject = projectEditor.cancel;
  useEffect(() => {
    if (!canCreateProjects) cancelProject();
  }, [canCreateProjects, cancelProject]);
  const onEditProject = useCallback(
    (p: ProjectFeature) => {
      void projectEditor.startEdit(p);
      // Close enough to drag the marker with some precision (fitBounds stops at zoom 9).
      const [lng, lat] = p.geometry.coordinates as [number, number];
      selection.setFlyTo({ bbox: [lng - 0.05, lat - 0.05, lng + 0.05, lat + 0.05] });
    },
    [projectEditor.startEdit, selection.setFlyTo],
  );
  const location = editing ? draftLocation(editing.draft) : null;
  const isEditing = editing !== null;
  const pickLng = location?.lng;
  const pickLat = location?.lat;
  const pick = projectEditor.pick;
  const pickLocation = useMemo(
    () =>
      isEditing
        ? {
            location:
              pickLng === undefined || pickLat === undefined
                ? null
                : ([pickLng, pickLat] as [number, number]),
            onPick: pick,
            label: t.editor.location,
          }
        : undefined,
    [isEditing, pickLng, pickLat, pick, t],
  );
  // Signing out (or leaving the province) ends editing: the map must not keep taking clicks as assignments.
  const { draft, cancel } = editor;
  useEffect(() => {
    if (draft && (!canEditSchemes || draft.province !== analysis.province)) cancel();
  }, [draft, canEditSchemes, analysis.province, cancel]);
  const exports = useAnalysisExport({ mapRef, choice, analysis, data, scopeName, attribution });

  return (
    <div className={`app ${panelOpen ? 'app-panel-open' : ''}`}>
      <Header
        indicators={indicators.data ?? []}
        choice={choice}
        onChoice={onChoice}
        indicatorsLoading={indicators.isPending}
        boundarySet={boundarySet}
        setCode={counties.set}
        countyCount={counties.nationalFeatures.length}
        search={
          <CountySearch
            counties={counties.nationalFeatures}
            provinces={provinces.data}
            onPick={selection.onSearchPick}
          />
        }
      />
      <main className="app-main">
        {!panelOpen ? (
          <div className="sidebar">
            <ViewSwitch view={registry.view} onView={registry.setView} />
            {registry.view === 'projects' ? (
              <RegistryPanel
                filter={registry.filter}
                onFilter={registry.patchFilter}
                projects={projects}
                sectors={sectors}
                provinces={provinces.data}
                user={user}
                canCreate={canCreateProjects}
                onSelect={setProject}
                onNew={() => projectEditor.startCreate(sectors[0]?.code ?? 'other')}
              />
            ) : (
              <AnalysisSidebar
                choice={choice}
                analysis={analysis}
                patchAnalysis={patchAnalysis}
                data={data}
                indicators={indicators.data ?? []}
                provinces={provinces.data}
                scopeName={scopeName}
                {...exports}
                hovered={hovered}
                onHover={setHovered}
                editor={editor}
                canEditSchemes={canEditSchemes}
              />
            )}
          </div>
        ) : null}
        {panelOpen ? (
          <SidePanel
            onClose={editing ? projectEditor.cancel : closePanel}
            onBack={!editing && project && county ? () => setProject(null) : undefined}
            contentKey={
              editing
                ? `e${editing.mode}${editing.base?.properties.id ?? ''}`
                : project
                  ? `p${project.properties.id}`
                  : `c${county?.feature.properties.code}`
            }
          >
            {editing ? (
              <ProjectEditor editor={projectEditor} sectors={sectors} mayEditIn={mayEditIn} />
            ) : project ? (
              <ProjectPanel
                project={project}
                sectors={sectors}
                signedIn={user !== null}
                onEdit={onEditProject}
              />
            ) : county ? (
              <CountyPanel
                county={county.feature}
                set={county.set}
                boundarySet={meta.data?.boundarySets.find((s) => s.code === county.set)}
                sectors={sectors}
                onSelectProject={setProject}
                activeIndicator={choice?.code}
              />
            ) : null}
          </SidePanel>
        ) : null}
        <MapArea
          choice={choice}
          analysis={analysis}
          data={data}
          scopeName={scopeName}
          counties={counties}
          provinces={provinces.data}
          projects={projectFeatures}
          selection={selection}
          editor={editor}
          attribution={attribution}
          describeCounty={describeCounty}
          describeProject={describeProject}
          hovered={hovered}
          onHover={setHovered}
          mainMap={mainMap}
          onMap={(map) => {
            mapRef.current = map;
            setMainMap(map);
          }}
          onFocusProvince={setFocusProvince}
          errors={errors}
          pickLocation={pickLocation}
        />
      </main>
    </div>
  );
}
