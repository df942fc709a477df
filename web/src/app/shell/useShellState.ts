import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnalysisState } from '../../features/analysis/analysisState.ts';
import { useAnalysisData } from '../../features/analysis/useAnalysisData.ts';
import { useAnalysisExport } from '../../features/analysis/useAnalysisExport.ts';
import { useScopeName } from '../../features/analysis/useScopeName.ts';
import { canEditProvince, sessionQuery } from '../../features/auth/api/session.ts';
import { useDisplayedCounties } from '../../features/counties/api/useDisplayedCounties.ts';
import type { Bbox } from '../../features/counties/geometry/bbox.ts';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';
import { type IndicatorChoice, indicatorsQuery } from '../../features/indicators/api/indicators.ts';
import { useIndicatorValues } from '../../features/indicators/api/values.ts';
import type { TimeState } from '../../features/indicators/time/timeState.ts';
import { mapCredits } from '../../features/map/credits.ts';
import type { MapOverlay } from '../../features/map/mapOverlay.ts';
import { useMapTooltips } from '../../features/map/useMapTooltips.ts';
import { useScopeFlyTo } from '../../features/map/useScopeFlyTo.ts';
import { metaQuery } from '../../features/meta/api/meta.ts';
import { type ProjectFilter, projectsQuery } from '../../features/projects/api/projects.ts';
import { draftLocation, useProjectEditor } from '../../features/projects/editor/useProjectEditor.ts';
import { provincesQuery } from '../../features/provinces/api/provinces.ts';
import { useSchemeEditor } from '../../features/regions/useSchemeEditor.ts';
import type { WorkspaceState } from '../../features/workspace/workspaceState.ts';
import {
  analysisSearch,
  choiceSearch,
  filterSearch,
  readAnalysis,
  readChoice,
  readFilter,
  readTime,
  readWorkspace,
  timeSearch,
  workspaceSearch,
} from '../routing/search.ts';
import { useShellNavigation } from '../routing/useShellNavigation.ts';
import { baseView, type ShellRoute, useShellRoute, viewPath } from '../routing/views.ts';
import { useLoadErrors } from './useLoadErrors.ts';
import { useSuggestionPoint } from './useSuggestionPoint.ts';

const fallbackAttribution = '© OpenStreetMap contributors';

/** An indicator from a shared link that the catalogue no longer has is dropped. */
function isAvailable(
  choice: IndicatorChoice,
  indicators: { code: string; available: { set: string; period: string }[] }[],
) {
  return indicators.some(
    (i) =>
      i.code === choice.code && i.available.some((a) => a.set === choice.set && a.period === choice.period),
  );
}

function analysisTab(route: ShellRoute): AnalysisState['tab'] {
  const view = baseView(route);
  return view === 'registry' || view === 'workspace' ? 'map' : view;
}

/**
 * What every page shares, because the map behind them shows it: the indicator, the analysis, the filtered
 * projects, the counties drawn, the forms that take map clicks (project location, region scheme). All of the
 * view's state comes from the URL (routing/search.ts); the forms' drafts are the only state kept here.
 */
export function useShellState() {
  const { t, lang } = useI18n();
  const route = useShellRoute();
  const nav = useShellNavigation(route);
  const search = useSearch({ from: '__root__' });
  const meta = useQuery(metaQuery);
  const session = useQuery(sessionQuery);
  const indicators = useQuery(indicatorsQuery);
  const user = session.data?.user ?? null;

  const choice = useMemo(() => readChoice(search), [search]);
  const tab = analysisTab(route);
  const analysis = useMemo(() => readAnalysis(search, tab), [search, tab]);
  const time = useMemo(() => readTime(search), [search]);
  const storedFilter = useMemo(() => readFilter(search), [search]);
  // Visitors may not filter by publication or archive; the API would refuse those.
  const filter: ProjectFilter = useMemo(
    () => (user ? storedFilter : { ...storedFilter, published: undefined, archived: undefined }),
    [user, storedFilter],
  );
  const [focusProvince, setFocusProvince] = useState<string | null>(null);
  const [flyTo, setFlyTo] = useState<{ bbox: Bbox } | null>(null);
  // A page's own colouring of the map (the workspace), drawn instead of the indicator's.
  const [mapOverlay, setMapOverlay] = useState<MapOverlay | null>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [mainMap, setMainMap] = useState<MapLibreMap | null>(null);
  const onMap = useCallback((map: MapLibreMap | null) => {
    mapRef.current = map;
    setMainMap(map);
  }, []);

  const counties = useDisplayedCounties(choice, focusProvince);
  // The province borders wait for the counties' first draw: on a slow link they would share its bandwidth
  // with what that draw needs (the counties, the map engine and its worker, the fonts), and they are not
  // drawn before it anyway.
  const [mapSettled, setMapSettled] = useState(false);
  const onMapSettled = useCallback(() => setMapSettled(true), []);
  const countiesFirst = !counties.isLoading;
  // The whole filtered list is the registry's: the map draws the projects from tiles (features/projects/
  // layers/projectTiles.ts), so other pages do not fetch it.
  const projects = useQuery({
    ...projectsQuery(filter),
    placeholderData: keepPreviousData,
    enabled: countiesFirst && baseView(route) === 'registry',
  });
  const provinces = useQuery({
    ...provincesQuery(counties.set),
    placeholderData: keepPreviousData,
    enabled: countiesFirst && mapSettled,
  });
  const { openProject, patchSearch, openView, closePanel } = nav;
  const projectEditor = useProjectEditor(
    useCallback((saved) => openProject(saved.properties.id), [openProject]),
    lang,
  );
  const data = useAnalysisData(choice, analysis, indicators.data, counties.nationalFeatures, time);
  useScopeFlyTo(analysis.province, provinces.data?.features, setFlyTo);
  useScopeFlyTo(filter.province ?? null, provinces.data?.features, setFlyTo);

  const setChoice = useCallback(
    (next: IndicatorChoice | null) => {
      // Another indicator has other periods: its comparison period starts again from the default.
      const patch = { ...choiceSearch(next), base: undefined };
      // A county of one boundary set means nothing on another (other vintage, other codes): close it.
      if (route.kind === 'county' && route.set !== (next?.set ?? 'current')) closePanel(patch);
      else patchSearch(patch);
    },
    [route, closePanel, patchSearch],
  );
  const setPeriod = useCallback((period: string) => patchSearch({ period }), [patchSearch]);
  const patchTime = useCallback(
    (patch: Partial<TimeState>) => patchSearch(timeSearch({ ...time, ...patch })),
    [time, patchSearch],
  );
  const patchAnalysis = useCallback(
    (patch: Partial<AnalysisState>) => {
      const next = { ...analysis, ...patch };
      // Another tab is another page (a history entry); a setting of this one replaces the entry.
      if (patch.tab && patch.tab !== tab) openView(patch.tab, analysisSearch(next));
      else patchSearch(analysisSearch(next));
    },
    [analysis, tab, openView, patchSearch],
  );
  const patchFilter = useCallback(
    (patch: Partial<ProjectFilter>) => patchSearch(filterSearch({ ...storedFilter, ...patch })),
    [storedFilter, patchSearch],
  );

  // Drop a choice from a shared link once the catalogue shows it does not exist (any more).
  useEffect(() => {
    if (choice && indicators.data && !isAvailable(choice, indicators.data)) patchSearch(choiceSearch(null));
  }, [choice, indicators.data, patchSearch]);

  // The credits in the reader's language (features/map/credits.ts); the server's words name which apply.
  const credits = useMemo(
    () =>
      mapCredits(t, [
        meta.data?.attribution ?? fallbackAttribution,
        ...(meta.data?.boundarySets ?? []).map((s) => s.attribution),
      ]),
    [meta.data, t],
  );
  const attribution = useMemo(() => credits.map((c) => c.text), [credits]);
  const attributionHtml = useMemo(() => credits.map((c) => c.html), [credits]);
  // The period's values say how each was obtained; the map's features only whether it is estimated.
  const periodValues = useIndicatorValues(choice?.code, choice?.set, choice?.period);
  const tooltips = useMapTooltips({
    indicator: data.indicator,
    compositeData: data.compositeData,
    lisaData: data.showLisa ? data.lisaData : undefined,
    values: periodValues.byCode,
    changeMap: data.changeMap,
  });
  const errors = useLoadErrors({ counties, provinces, projects, indicators, meta });
  const scopeName = useScopeName(analysis.province, provinces.data);
  const schemeEditor = useSchemeEditor(counties.nationalFeatures);
  const canEditSchemes = canEditProvince(user, analysis.province);
  const canCreateProjects = user?.role === 'admin' || user?.role === 'planner';
  const mayEditIn = useCallback((province: string) => canEditProvince(user, province), [user]);

  // Signing out closes the project form: its save would be refused anyway.
  const cancelProject = projectEditor.cancel;
  useEffect(() => {
    if (!canCreateProjects) cancelProject();
  }, [canCreateProjects, cancelProject]);
  // Signing out (or leaving the province) ends editing: the map must not keep taking clicks as assignments.
  const { draft, cancel } = schemeEditor;
  useEffect(() => {
    if (draft && (!canEditSchemes || draft.province !== analysis.province)) cancel();
  }, [draft, canEditSchemes, analysis.province, cancel]);

  // A visitor's suggestion may name a point: the map takes clicks for it while they pick one.
  const suggestionPoint = useSuggestionPoint(route);
  const showSuggestionCounts = search.sugg === true;
  const setShowSuggestionCounts = useCallback(
    (on: boolean) => patchSearch({ sugg: on ? true : undefined }),
    [patchSearch],
  );

  const editing = projectEditor.session;
  const location = editing ? draftLocation(editing.draft) : null;
  const isEditing = editing !== null;
  const pickLng = location?.lng;
  const pickLat = location?.lat;
  const pick = projectEditor.pick;
  const suggestionPicking = suggestionPoint.picking;
  const suggestionLng = suggestionPoint.point?.[0];
  const suggestionLat = suggestionPoint.point?.[1];
  const setSuggestionPoint = suggestionPoint.set;
  const pickLocation = useMemo(
    () =>
      !isEditing && suggestionPicking
        ? {
            location:
              suggestionLng === undefined || suggestionLat === undefined
                ? null
                : ([suggestionLng, suggestionLat] as [number, number]),
            onPick: setSuggestionPoint,
            label: t.suggestions.point,
          }
        : isEditing
          ? {
              location:
                pickLng === undefined || pickLat === undefined
                  ? null
                  : ([pickLng, pickLat] as [number, number]),
              onPick: pick,
              label: t.editor.location,
            }
          : undefined,
    [
      isEditing,
      pickLng,
      pickLat,
      pick,
      t,
      suggestionPicking,
      suggestionLng,
      suggestionLat,
      setSuggestionPoint,
    ],
  );
  const workspace = useMemo(() => readWorkspace(search), [search]);
  const patchWorkspace = useCallback(
    (patch: Partial<WorkspaceState>) => patchSearch(workspaceSearch({ ...workspace, ...patch })),
    [workspace, patchSearch],
  );
  const exports = useAnalysisExport({
    mapRef,
    choice,
    analysis,
    data,
    scopeName,
    attribution,
    values: periodValues.byCode,
  });

  return {
    route,
    nav,
    basePath: viewPath(baseView(route)),
    meta,
    user,
    indicators,
    choice,
    setChoice,
    analysis,
    patchAnalysis,
    filter,
    patchFilter,
    projects,
    counties,
    provinces,
    data,
    scopeName,
    attribution,
    attributionHtml,
    tooltips,
    time,
    patchTime,
    setPeriod,
    errors,
    schemeEditor,
    canEditSchemes,
    canCreateProjects,
    mayEditIn,
    projectEditor,
    pickLocation,
    suggestionPoint,
    showSuggestionCounts,
    setShowSuggestionCounts,
    exports,
    flyTo,
    setFlyTo,
    setFocusProvince,
    mainMap,
    onMap,
    onMapSettled,
    sectors: meta.data?.sectors ?? [],
    mapOverlay,
    setMapOverlay,
    workspace,
    patchWorkspace,
  };
}

export type ShellState = ReturnType<typeof useShellState>;
