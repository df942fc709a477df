import type { Map as MapLibreMap } from 'maplibre-gl';
import { useMemo } from 'react';
import type { AnalysisState } from '../features/analysis/analysisState.ts';
import { CompareMap } from '../features/analysis/components/CompareMap.tsx';
import { MapLegend } from '../features/analysis/components/MapLegend.tsx';
import type { AnalysisData } from '../features/analysis/useAnalysisData.ts';
import type { CountyFeature, CountyProperties } from '../features/counties/api/counties.ts';
import type { useDisplayedCounties } from '../features/counties/api/useDisplayedCounties.ts';
import { localName } from '../features/i18n/format.ts';
import { useI18n } from '../features/i18n/LanguageProvider.tsx';
import type { IndicatorChoice } from '../features/indicators/api/indicators.ts';
import { Legend } from '../features/indicators/components/Legend.tsx';
import { MapView } from '../features/map/components/MapView.tsx';
import type { LocationPick } from '../features/map/components/useLocationMarker.ts';
import type { ProjectFeature } from '../features/projects/api/types.ts';
import { StatusLegend } from '../features/projects/components/StatusLegend.tsx';
import type { ProvinceCollection } from '../features/provinces/api/provinces.ts';
import type { SchemeEditor } from '../features/regions/useSchemeEditor.ts';
import { ErrorNotice } from '../shared/components/ErrorNotice.tsx';
import type { LoadError } from './useLoadErrors.ts';
import type { useSelection } from './useSelection.ts';

interface MapAreaProps {
  choice: IndicatorChoice | null;
  analysis: AnalysisState;
  data: AnalysisData;
  scopeName: string;
  counties: ReturnType<typeof useDisplayedCounties>;
  provinces: ProvinceCollection | undefined;
  projects: ProjectFeature[];
  selection: ReturnType<typeof useSelection>;
  /** While a scheme is edited, clicks assign counties to regions and the map shows the regions. */
  editor: SchemeEditor;
  attribution: string[];
  describeCounty: (properties: CountyProperties) => string;
  describeProject: (project: ProjectFeature) => string;
  hovered: string | null;
  onHover: (code: string | null) => void;
  mainMap: MapLibreMap | null;
  onMap: (map: MapLibreMap | null) => void;
  onFocusProvince: (province: string | null) => void;
  errors: LoadError[];
  /** While a project form is open: map clicks set its location. */
  pickLocation: LocationPick | undefined;
}

/** The main map with, beside it, the comparison map, and over it the notices, loading veil and legends. */
export function MapArea(props: MapAreaProps) {
  const { t, lang } = useI18n();
  const { choice, analysis, data, counties, selection, errors } = props;
  const { compareIndicator, compareChoropleth, regionLevel, showLisa, scoreClasses } = data;
  const { county, project } = selection;
  const editing = props.editor.colouring;
  const noProjects = useMemo(() => [] as ProjectFeature[], []);
  const methodName = t.analysis.methods[analysis.method];
  const presentStatuses = useMemo(
    () => new Set(props.projects.map((p) => p.properties.status)),
    [props.projects],
  );
  // Draw the selection with the most detailed geometry loaded for it.
  const selectedFeature: CountyFeature | undefined = county
    ? (counties.features.find((f) => f.properties.code === county.feature.properties.code) ?? county.feature)
    : undefined;
  return (
    <div className={`map-area ${compareIndicator ? 'map-area-compare' : ''}`}>
      {compareIndicator && choice ? (
        <CompareMap
          mainMap={props.mainMap}
          features={data.compareFeatures}
          fillColour={compareChoropleth.fillColour}
          title={localName(lang, compareIndicator)}
          legend={
            <Legend
              indicator={compareIndicator}
              period={choice.period}
              classes={compareChoropleth.legend}
              noData={compareChoropleth.noData}
              outOfRange={compareChoropleth.outOfRange}
              methodName={methodName}
              testId="compare-legend"
            />
          }
        />
      ) : null}
      <MapView
        counties={counties.features}
        countiesSet={counties.set}
        fillColour={editing?.fillColour ?? data.mapColouring.fillColour}
        colourKey={editing?.colourKey ?? data.mapColouring.colourKey}
        alertOutlines={editing ? props.editor.unassigned : undefined}
        highlightCode={analysis.tab === 'composite' ? props.hovered : null}
        regionOutlines={
          !editing && regionLevel && !showLisa && !scoreClasses ? data.regions.data?.features : undefined
        }
        onHoverCounty={analysis.tab === 'composite' ? props.onHover : undefined}
        onMap={props.onMap}
        provinces={props.provinces}
        // Markers would catch the clicks meant for counties while regions are drawn.
        projects={editing ? noProjects : props.projects}
        selectedCounty={editing ? undefined : selectedFeature}
        selectedProjectId={project?.properties.id ?? null}
        attribution={props.attribution}
        describeCounty={props.describeCounty}
        describeProject={props.describeProject}
        onCountyClick={editing ? props.editor.assign : selection.onCountyClick}
        onProjectClick={selection.setProject}
        onBackgroundClick={selection.closePanel}
        onFocusProvince={props.onFocusProvince}
        flyTo={selection.flyTo}
        pickLocation={props.pickLocation}
      />
      {errors.length > 0 ? (
        <div className="map-errors">
          {/* One notice for everything that failed, with one retry: usually they share a cause. */}
          <ErrorNotice
            what={errors.map((e) => e.what).join(t.listSeparator)}
            error={errors[0]?.error}
            onRetry={() => {
              for (const e of errors) e.retry();
            }}
          />
        </div>
      ) : null}
      {counties.isLoading || counties.isLoadingDetail ? (
        <div className="map-loading" role="status" data-testid="map-loading">
          <span className="spinner" aria-hidden="true" />
          {t.loadingMap}
        </div>
      ) : null}
      <div className="map-legend">
        {/* While regions are drawn the fill shows regions, not the indicator's classes. */}
        {editing ? null : (
          <MapLegend choice={choice} analysis={analysis} data={data} scopeName={props.scopeName} />
        )}
        <StatusLegend present={presentStatuses} />
      </div>
    </div>
  );
}
