import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CountyFeature, CountyProperties } from '../features/counties/api/counties.ts';
import { useDisplayedCounties } from '../features/counties/api/useDisplayedCounties.ts';
import { CountyPanel } from '../features/counties/components/CountyPanel.tsx';
import { CountySearch } from '../features/counties/components/CountySearch.tsx';
import { type Bbox, bbox } from '../features/counties/geometry/bbox.ts';
import { formatNumber, localName } from '../features/i18n/format.ts';
import { useI18n } from '../features/i18n/LanguageProvider.tsx';
import { type IndicatorChoice, indicatorsQuery } from '../features/indicators/api/indicators.ts';
import { Legend } from '../features/indicators/components/Legend.tsx';
import { useChoropleth } from '../features/indicators/useChoropleth.ts';
import { MapView } from '../features/map/components/MapView.tsx';
import { metaQuery } from '../features/meta/api/meta.ts';
import { allProjectsQuery } from '../features/projects/api/projects.ts';
import type { ProjectFeature } from '../features/projects/api/types.ts';
import { ProjectDetails } from '../features/projects/components/ProjectDetails.tsx';
import { StatusLegend } from '../features/projects/components/StatusLegend.tsx';
import { provincesQuery } from '../features/provinces/api/provinces.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { Header } from './Header.tsx';
import { SidePanel } from './SidePanel.tsx';
import { isAvailable, readIndicatorChoice, writeIndicatorChoice } from './urlState.ts';

interface CountySelection {
  feature: CountyFeature;
  set: string;
}

const fallbackAttribution = '© OpenStreetMap contributors';

export function App() {
  const { t, lang } = useI18n();
  const meta = useQuery(metaQuery);
  const indicators = useQuery(indicatorsQuery);
  const projects = useQuery(allProjectsQuery);
  const [choice, setChoice] = useState<IndicatorChoice | null>(readIndicatorChoice);
  const [focusProvince, setFocusProvince] = useState<string | null>(null);
  const [county, setCounty] = useState<CountySelection | null>(null);
  const [project, setProject] = useState<ProjectFeature | null>(null);
  const [flyTo, setFlyTo] = useState<{ bbox: Bbox } | null>(null);

  const counties = useDisplayedCounties(choice, focusProvince);
  const provinces = useQuery({ ...provincesQuery(counties.set), placeholderData: keepPreviousData });
  const indicator = indicators.data?.find((i) => i.code === choice?.code);
  const choropleth = useChoropleth(indicator, counties.nationalFeatures);
  const boundarySet = meta.data?.boundarySets.find((s) => s.code === counties.set);
  const sectors = meta.data?.sectors ?? [];

  // Drop a choice from a shared link once the catalogue shows it does not exist (any more).
  const indicatorList = indicators.data;
  useEffect(() => {
    if (choice && indicatorList && !isAvailable(choice, indicatorList)) setChoice(null);
  }, [choice, indicatorList]);
  useEffect(() => writeIndicatorChoice(choice), [choice]);

  const onChoice = useCallback(
    (next: IndicatorChoice | null) => {
      setChoice(next);
      // A county of one boundary set means nothing on another (other vintage, other codes).
      if ((next?.set ?? 'current') !== counties.set) setCounty(null);
    },
    [counties.set],
  );

  const attribution = useMemo(() => {
    const all = [
      meta.data?.attribution ?? fallbackAttribution,
      ...(meta.data?.boundarySets ?? []).map((s) => s.attribution),
    ];
    return [...new Set(all)];
  }, [meta.data]);

  const describeCounty = useCallback(
    (properties: CountyProperties) => {
      const name = localName(lang, properties);
      if (!indicator || properties.value === undefined) return name;
      const value =
        properties.value === null ? t.legendNoData : formatNumber(lang, properties.value, indicator.decimals);
      const unit = t.units[indicator.unit] ?? indicator.unit;
      return `${name}\n${localName(lang, indicator)}: ${value}${unit ? ` ${unit}` : ''}`;
    },
    [lang, indicator, t],
  );
  const describeProject = useCallback(
    (p: ProjectFeature) =>
      `${lang === 'en' && p.properties.title_en ? p.properties.title_en : p.properties.title_fa}\n${t.statuses[p.properties.status]}`,
    [lang, t],
  );

  const onCountyClick = useCallback(
    (feature: CountyFeature) => {
      setCounty({ feature, set: counties.set });
      setProject(null);
    },
    [counties.set],
  );
  const onSearchPick = useCallback(
    (feature: CountyFeature) => {
      onCountyClick(feature);
      // A new object each time, so picking the same county again still brings it back into view.
      setFlyTo({ bbox: bbox(feature.geometry) });
    },
    [onCountyClick],
  );
  const closePanel = useCallback(() => {
    setCounty(null);
    setProject(null);
  }, []);

  // Draw the selection with the most detailed geometry loaded for it.
  const selectedFeature = county
    ? (counties.features.find((f) => f.properties.code === county.feature.properties.code) ?? county.feature)
    : undefined;
  const projectFeatures = projects.data?.features ?? [];
  const presentStatuses = useMemo(
    () => new Set(projectFeatures.map((p) => p.properties.status)),
    [projectFeatures],
  );

  const errors = [
    { what: t.what.counties, error: counties.error, retry: counties.refetch },
    { what: t.what.provinces, error: provinces.error, retry: () => void provinces.refetch() },
    { what: t.what.projects, error: projects.error, retry: () => void projects.refetch() },
    { what: t.what.indicators, error: indicators.error, retry: () => void indicators.refetch() },
    { what: t.what.meta, error: meta.error, retry: () => void meta.refetch() },
  ].filter((e) => e.error);

  const panelOpen = county !== null || project !== null;
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
            onPick={onSearchPick}
          />
        }
      />
      <main className="app-main">
        {panelOpen ? (
          <SidePanel
            onClose={closePanel}
            onBack={project && county ? () => setProject(null) : undefined}
            contentKey={project ? `p${project.properties.id}` : `c${county?.feature.properties.code}`}
          >
            {project ? (
              <ProjectDetails project={project} sectors={sectors} />
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
        <div className="map-area">
          <MapView
            counties={counties.features}
            countiesSet={counties.set}
            fillColour={choropleth.fillColour}
            colourKey={choropleth.colourKey}
            provinces={provinces.data}
            projects={projectFeatures}
            selectedCounty={selectedFeature}
            selectedProjectId={project?.properties.id ?? null}
            attribution={attribution}
            describeCounty={describeCounty}
            describeProject={describeProject}
            onCountyClick={onCountyClick}
            onProjectClick={setProject}
            onBackgroundClick={closePanel}
            onFocusProvince={setFocusProvince}
            flyTo={flyTo}
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
            {indicator && choice ? (
              <Legend
                indicator={indicator}
                period={choice.period}
                classes={choropleth.legend}
                hasNoData={choropleth.hasNoData}
              />
            ) : null}
            <StatusLegend present={presentStatuses} />
          </div>
        </div>
      </main>
    </div>
  );
}
