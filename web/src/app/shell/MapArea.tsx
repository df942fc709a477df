import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { MapLegend } from '../../features/analysis/components/MapLegend.tsx';
import type { CountyFeature } from '../../features/counties/api/counties.ts';
import { MapTable } from '../../features/counties/components/MapTable.tsx';
import { localName } from '../../features/i18n/format.ts';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';
import { Legend } from '../../features/indicators/components/Legend.tsx';
import { PeriodControl } from '../../features/indicators/components/PeriodControl.tsx';
import { basePeriod, periodLabel, periodsOf } from '../../features/indicators/time/periods.ts';
import type { ProjectStatus } from '../../features/projects/api/types.ts';
import { StatusLegend } from '../../features/projects/components/StatusLegend.tsx';
import { useSuggestionCountLayer } from '../../features/suggestions/layers/useSuggestionCountLayer.ts';
import { ErrorNotice } from '../../shared/components/ErrorNotice.tsx';
import { baseView } from '../routing/views.ts';
import { MapChip } from './MapChip.tsx';
import { useShell } from './ShellContext.ts';

// The map engine (MapLibre GL and deck.gl, most of the app's code by weight) loads on its own, in parallel
// with the data, so the page around it is drawn first; the comparison map only on the compare tab.
const MapView = lazy(() =>
  import('../../features/map/components/MapView.tsx').then((m) => ({ default: m.MapView })),
);
const CompareMap = lazy(() =>
  import('../../features/analysis/components/CompareMap.tsx').then((m) => ({ default: m.CompareMap })),
);

const noStatuses: ReadonlySet<ProjectStatus> = new Set();

/** The main map with, beside it, the comparison map, and over it the notices, loading veil and legends. */
export function MapArea() {
  const { t, lang } = useI18n();
  const shell = useShell();
  const { choice, analysis, data, counties, errors, route, nav, schemeEditor } = shell;
  const { compareIndicator, compareChoropleth, regionLevel, showLisa, scoreClasses } = data;
  const editing = schemeEditor.colouring;
  // The workspace colours the map itself (coverage, gap, stability) while it, or a page over it, is shown.
  const overlay = baseView(route) === 'workspace' ? shell.mapOverlay : null;
  const methodName = t.analysis.methods[analysis.method];
  // The legend lists the statuses drawn in the project tiles loaded (MapView reads them when it is idle).
  const [presentStatuses, setPresentStatuses] = useState<ReadonlySet<ProjectStatus>>(noStatuses);
  // Draw the selection with the most detailed geometry loaded for it (a county of the set drawn).
  const selectedFeature: CountyFeature | undefined =
    route.kind === 'county' && route.set === counties.set
      ? (counties.features.find((f) => f.properties.code === route.code) ??
        counties.nationalFeatures.find((f) => f.properties.code === route.code))
      : undefined;
  const { openCounty, openProject, closePanel } = nav;
  const periods = choice ? periodsOf(data.indicator, choice.set) : [];
  const { changeMap, showLisa: lisaShown, scoreClasses: scored } = data;
  // Counties whose value is an estimate get a dashed outline while their own value (or change) colours them.
  const estimatedOutlines = useMemo(() => {
    if (editing || overlay || !choice || regionLevel || lisaShown || scored) return undefined;
    const inScope = (f: CountyFeature) =>
      analysis.province === null || f.properties.province === analysis.province;
    return counties.features.filter((f) => {
      if (!inScope(f)) return false;
      if (changeMap) {
        const c = changeMap.byCode.get(f.properties.code);
        return c !== undefined && c.change !== null && c.estimated;
      }
      return f.properties.estimated === true;
    });
  }, [
    editing,
    overlay,
    choice,
    regionLevel,
    lisaShown,
    scored,
    changeMap,
    counties.features,
    analysis.province,
  ]);
  useSuggestionCountLayer(
    shell.mainMap,
    counties.nationalFeatures,
    counties.set,
    shell.showSuggestionCounts,
    lang,
  );
  // The map's text alternative lists what the map colours: the scope's counties.
  const tableCounties = useMemo(
    () =>
      analysis.province === null
        ? counties.nationalFeatures
        : counties.nationalFeatures.filter((f) => f.properties.province === analysis.province),
    [counties.nationalFeatures, analysis.province],
  );
  const onCountyClick = useCallback(
    (feature: CountyFeature) => openCounty(counties.set, feature.properties.code),
    [openCounty, counties.set],
  );
  const onProjectClick = useCallback((id: number) => openProject(id), [openProject]);
  const onBackgroundClick = useCallback(() => closePanel(), [closePanel]);
  return (
    <div className={`map-area ${compareIndicator ? 'map-area-compare' : ''}`}>
      {compareIndicator && choice ? (
        <Suspense fallback={null}>
          <CompareMap
            mainMap={shell.mainMap}
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
        </Suspense>
      ) : null}
      <Suspense fallback={<div className="map-view" data-testid="map" data-state="loading" />}>
        <MapView
          counties={counties.features}
          countiesSet={counties.set}
          fillColour={editing?.fillColour ?? overlay?.fillColour ?? data.mapColouring.fillColour}
          colourKey={editing?.colourKey ?? overlay?.colourKey ?? data.mapColouring.colourKey}
          alertOutlines={editing ? schemeEditor.unassigned : undefined}
          estimatedOutlines={estimatedOutlines}
          hoverLinked={analysis.tab === 'composite' || overlay?.hoverLinked === true}
          regionOutlines={
            !editing && regionLevel && !showLisa && !scoreClasses ? data.regions.data?.features : undefined
          }
          onMap={shell.onMap}
          onSettled={shell.onMapSettled}
          provinces={shell.provinces.data}
          // Markers would catch the clicks meant for counties while regions are drawn.
          projectFilter={shell.filter}
          showProjects={!editing}
          onProjectStatuses={setPresentStatuses}
          selectedCounty={editing ? undefined : selectedFeature}
          selectedProjectId={route.kind === 'project' ? route.id : null}
          attribution={shell.attributionHtml}
          describeCounty={overlay?.describeCounty ?? shell.tooltips.describeCounty}
          onCountyClick={editing ? schemeEditor.assign : onCountyClick}
          onProjectClick={onProjectClick}
          onBackgroundClick={onBackgroundClick}
          onFocusProvince={shell.setFocusProvince}
          flyTo={shell.flyTo}
          pickLocation={shell.pickLocation}
        />
      </Suspense>
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
      {choice && periods.length > 1 && !editing ? (
        <MapChip
          className="map-periods"
          testId="period-fold"
          label={t.access.periodChip(periodLabel(lang, choice.period))}
        >
          <PeriodControl
            periods={periods}
            period={choice.period}
            onPeriod={shell.setPeriod}
            change={shell.time.change}
            onChange={(change) => shell.patchTime({ change })}
            base={basePeriod(periods, choice.period, shell.time.base)}
            onBase={(base) => shell.patchTime({ base })}
          />
        </MapChip>
      ) : null}
      <MapChip className="map-legend" testId="legend-fold" label={t.access.legendChip}>
        <MapTable
          counties={tableCounties}
          provinces={shell.provinces.data}
          describe={shell.tooltips.describeCounty}
          caption={
            data.indicator && choice
              ? t.access.tableCaption(
                  `${localName(lang, data.indicator)} (${periodLabel(lang, choice.period)})`,
                  shell.scopeName,
                )
              : t.access.tableNoIndicator
          }
          onOpen={onCountyClick}
        />
        {/* While regions are drawn the fill shows regions, not the indicator's classes. */}
        {editing ? null : overlay ? (
          overlay.legend
        ) : (
          <MapLegend
            choice={choice}
            analysis={analysis}
            data={data}
            scopeName={shell.scopeName}
            estimated={estimatedOutlines?.length ?? 0}
          />
        )}
        <StatusLegend present={presentStatuses} />
      </MapChip>
    </div>
  );
}
