import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  type AnalysisScope,
  autocorrelationQuery,
  type CompositeRequest,
  compositeQuery,
  quadrants,
  regionSchemesQuery,
  regionsQuery,
} from '../features/analysis/api/analysis.ts';
import { AnalysisPanel } from '../features/analysis/components/AnalysisPanel.tsx';
import { BalancePanel } from '../features/analysis/components/BalancePanel.tsx';
import { CompareMap } from '../features/analysis/components/CompareMap.tsx';
import { CompositePanel, parseWeights } from '../features/analysis/components/CompositePanel.tsx';
import { quadrantColours } from '../features/analysis/components/lisaColours.ts';
import { SimpleLegend, type SimpleLegendItem } from '../features/analysis/components/SimpleLegend.tsx';
import { downloadCsv } from '../features/analysis/export/csv.ts';
import { exportMapPng, type PngLegend } from '../features/analysis/export/png.ts';
import {
  type CountyFeature,
  type CountyProperties,
  countiesQuery,
} from '../features/counties/api/counties.ts';
import { useDisplayedCounties } from '../features/counties/api/useDisplayedCounties.ts';
import { CountyPanel } from '../features/counties/components/CountyPanel.tsx';
import { CountySearch } from '../features/counties/components/CountySearch.tsx';
import { type Bbox, bbox } from '../features/counties/geometry/bbox.ts';
import { formatNumber, localName } from '../features/i18n/format.ts';
import { useI18n } from '../features/i18n/LanguageProvider.tsx';
import { type IndicatorChoice, indicatorsQuery } from '../features/indicators/api/indicators.ts';
import { classifyValues, parseManualBreaks } from '../features/indicators/classify/classes.ts';
import {
  classColours,
  noDataColour,
  outOfScopeColour,
  type Rgb,
} from '../features/indicators/classify/palette.ts';
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
import {
  type AnalysisState,
  isAvailable,
  readAnalysisState,
  readIndicatorChoice,
  writeAnalysisState,
  writeIndicatorChoice,
} from './urlState.ts';

interface CountySelection {
  feature: CountyFeature;
  set: string;
}

const fallbackAttribution = '© OpenStreetMap contributors';

const noFeatures: CountyFeature[] = [];
// Read before MapLibre writes its own `map=` into the hash: only a link that carried a view keeps it.
const linkHadView = window.location.hash.includes('map=');

interface MapColouring {
  fillColour: (properties: CountyProperties) => Rgb;
  colourKey: string;
}

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

  const [analysis, setAnalysis] = useState<AnalysisState>(readAnalysisState);
  const [hovered, setHovered] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [mainMap, setMainMap] = useState<MapLibreMap | null>(null);
  const patchAnalysis = useCallback(
    (patch: Partial<AnalysisState>) => setAnalysis((s) => ({ ...s, ...patch })),
    [],
  );
  useEffect(() => writeAnalysisState(analysis), [analysis]);

  const counties = useDisplayedCounties(choice, focusProvince);
  const provinces = useQuery({ ...provincesQuery(counties.set), placeholderData: keepPreviousData });
  const indicator = indicators.data?.find((i) => i.code === choice?.code);
  const schemes = useQuery({ ...regionSchemesQuery(choice?.set ?? 'census-1395'), enabled: choice !== null });
  const regionLevel = analysis.level === 'region' && analysis.scheme !== null && choice !== null;
  const regions = useQuery({
    ...regionsQuery(analysis.scheme ?? 0, choice?.code ?? '', choice?.period ?? ''),
    enabled: regionLevel,
  });
  const regionValues = useMemo(
    () =>
      regionLevel && regions.data
        ? regions.data.features.map((f) => ({
            code: f.properties.code,
            name_fa: f.properties.name_fa,
            name_en: f.properties.name_en,
            value: f.properties.value ?? null,
            counties: f.properties.counties,
          }))
        : null,
    [regionLevel, regions.data],
  );
  const classSpec = useMemo(
    () => ({
      method: analysis.method,
      classes: analysis.classes,
      manual: parseManualBreaks(analysis.manual),
    }),
    [analysis.method, analysis.classes, analysis.manual],
  );
  const choropleth = useChoropleth(indicator, counties.nationalFeatures, {
    spec: classSpec,
    province: analysis.province,
    regions: regionValues,
  });
  const compareIndicator =
    analysis.tab === 'compare' && choice
      ? indicators.data?.find(
          (i) =>
            i.code === analysis.compare &&
            i.available.some((x) => x.set === choice.set && x.period === choice.period),
        )
      : undefined;
  const compareCounties = useQuery({
    ...countiesQuery({
      set: choice?.set ?? '',
      zoom: 5,
      indicator: compareIndicator?.code,
      period: choice?.period,
    }),
    enabled: compareIndicator !== undefined,
  });
  const compareChoropleth = useChoropleth(compareIndicator, compareCounties.data?.features ?? noFeatures, {
    spec: classSpec,
    province: analysis.province,
    regions: null,
  });
  const scope: AnalysisScope | null = choice
    ? {
        indicator: choice.code,
        set: choice.set,
        period: choice.period,
        province: analysis.province,
        scheme: analysis.scheme,
      }
    : null;
  const lisaQuery = useQuery({
    ...autocorrelationQuery(
      scope ?? { indicator: '', set: '', period: '', province: null },
      analysis.contiguity,
      analysis.significance,
    ),
    enabled: scope !== null && analysis.tab === 'balance',
    placeholderData: keepPreviousData,
  });
  const lisaData = scope && analysis.tab === 'balance' ? lisaQuery.data : undefined;
  const showLisa = analysis.tab === 'balance' && analysis.lisa && lisaData !== undefined;

  const compositeRequest: CompositeRequest | null =
    choice && analysis.composite.indicators.length >= 2
      ? {
          set: choice.set,
          period: choice.period,
          province: analysis.province ?? undefined,
          indicators: analysis.composite.indicators,
          weights: parseWeights(analysis.composite.weights, analysis.composite.indicators.length),
          normalisation: analysis.composite.normalisation,
          method: analysis.composite.method,
          polarities: Object.fromEntries(
            analysis.composite.indicators
              .filter((c) => indicators.data?.find((i) => i.code === c)?.polarity === 'neutral')
              .map((c) => [c, analysis.composite.polarities[c] ?? 'higher_better']),
          ),
        }
      : null;
  const composite = useQuery({
    ...compositeQuery(compositeRequest ?? ({} as CompositeRequest)),
    enabled: compositeRequest !== null && analysis.tab === 'composite',
    placeholderData: keepPreviousData,
  });
  const compositeData = analysis.tab === 'composite' && compositeRequest ? composite.data : undefined;
  const scoreClasses = useMemo(() => {
    if (!compositeData || compositeData.units.length === 0) return null;
    const scores = compositeData.units.map((u) => u.score);
    const result = classifyValues(scores, { method: 'quantile', classes: 5, manual: [] });
    const colours = classColours('higher_better', result.counts.length);
    const colourOf = new Map(
      compositeData.units.map((u, i) => [u.code, colours[result.classIndex[i] ?? -1] ?? noDataColour]),
    );
    return { result, colours, colourOf };
  }, [compositeData]);

  const mapColouring: MapColouring = useMemo(() => {
    if (showLisa && lisaData) {
      const quadrantOf = new Map(lisaData.units.map((u) => [u.code, u.quadrant]));
      const missing = new Set(lisaData.missing);
      return {
        fillColour: (p: CountyProperties) => {
          const q = quadrantOf.get(p.code);
          if (q) return quadrantColours[q];
          return missing.has(p.code) ? noDataColour : outOfScopeColour;
        },
        colourKey: `lisa:${lisaData.province}:${lisaData.contiguity}:${lisaData.significance}:${lisaData.indicator}`,
      };
    }
    if (scoreClasses) {
      return {
        fillColour: (p: CountyProperties) => scoreClasses.colourOf.get(p.code) ?? outOfScopeColour,
        colourKey: `composite:${scoreClasses.result.breaks.join(',')}:${[...scoreClasses.colourOf.keys()].length}`,
      };
    }
    return { fillColour: choropleth.fillColour, colourKey: choropleth.colourKey };
  }, [showLisa, lisaData, scoreClasses, choropleth]);

  // Bring the scope into view when it changes.
  const provinceFeatures = provinces.data?.features;
  const lastScope = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (!provinceFeatures) return;
    if (lastScope.current === analysis.province) return;
    const first = lastScope.current === undefined;
    lastScope.current = analysis.province;
    // A restored link keeps MapLibre's own view from the hash.
    if (first && linkHadView) return;
    const feature = provinceFeatures.find((f) => f.properties.code === analysis.province);
    if (feature) setFlyTo({ bbox: bbox(feature.geometry) });
    else if (!first) setFlyTo({ bbox: [44, 25, 63.3, 39.8] });
  }, [analysis.province, provinceFeatures]);
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
      const ranked = compositeData?.units.find((u) => u.code === properties.code);
      if (ranked)
        return `${name}\n${t.analysis.rank}: ${formatNumber(lang, ranked.rank)} · ${t.analysis.score}: ${formatNumber(lang, ranked.score, 3)}`;
      const lisaUnit = showLisa ? lisaData?.units.find((u) => u.code === properties.code) : undefined;
      if (lisaUnit && indicator)
        return `${name}\n${localName(lang, indicator)}: ${formatNumber(lang, lisaUnit.value, indicator.decimals)}\n${t.analysis.quadrants[lisaUnit.quadrant]}`;
      if (!indicator || properties.value === undefined) return name;
      const value =
        properties.value === null ? t.legendNoData : formatNumber(lang, properties.value, indicator.decimals);
      const unit = t.units[indicator.unit] ?? indicator.unit;
      return `${name}\n${localName(lang, indicator)}: ${value}${unit ? ` ${unit}` : ''}`;
    },
    [lang, indicator, t, compositeData, showLisa, lisaData],
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

  const scopeName = (() => {
    if (analysis.province === null) return t.analysis.wholeCountry;
    const f = provinces.data?.features.find((p) => p.properties.code === analysis.province);
    return f ? localName(lang, f.properties) : analysis.province;
  })();
  const scheme = schemes.data?.find((s) => s.id === analysis.scheme);
  const methodName = t.analysis.methods[analysis.method];
  const countLabel = (n: number) => formatNumber(lang, n);

  // What the map legend shows (on screen and in the PNG): LISA clusters, composite scores or the choropleth.
  const lisaItems: SimpleLegendItem[] = lisaData
    ? quadrants.map((q) => ({
        key: q,
        colour: quadrantColours[q],
        label: t.analysis.quadrants[q],
        count: lisaData.units.filter((u) => u.quadrant === q).length,
      }))
    : [];
  const scoreItems: SimpleLegendItem[] = scoreClasses
    ? scoreClasses.result.counts.map((count, i) => ({
        key: String(i),
        colour: scoreClasses.colours[i] ?? noDataColour,
        label: `${formatNumber(lang, scoreClasses.result.breaks[i] ?? 0, 3)} – ${formatNumber(lang, scoreClasses.result.breaks[i + 1] ?? 0, 3)}`,
        count,
      }))
    : [];
  const pngLegend = (): PngLegend | null => {
    if (showLisa && lisaData)
      return {
        title: t.analysis.lisaLegendTitle,
        subtitle: `${indicator ? localName(lang, indicator) : ''} · ${scopeName}`,
        items: lisaItems.map((i) => ({ colour: i.colour, label: i.label, count: countLabel(i.count) })),
      };
    if (scoreClasses)
      return {
        title: t.analysis.scoreLegend,
        subtitle: scopeName,
        items: scoreItems.map((i) => ({ colour: i.colour, label: i.label, count: countLabel(i.count) })),
      };
    if (!indicator) return null;
    return {
      title: localName(lang, indicator),
      subtitle: `${scopeName} · ${methodName}`,
      items: choropleth.legend.map((c) => ({
        colour: c.colour,
        label: `${formatNumber(lang, c.from, indicator.decimals)} – ${formatNumber(lang, c.to, indicator.decimals)}`,
        count: countLabel(c.count),
      })),
    };
  };
  const fileBase = `tavazon-${analysis.tab}-${choice?.code ?? 'map'}-${analysis.province ?? 'iran'}`;
  const onExportPng = () => {
    const map = mapRef.current;
    if (!map) return;
    setExporting(true);
    exportMapPng(map, pngLegend(), attribution.join(' · '), lang === 'fa', `${fileBase}.png`)
      .catch((error: unknown) => console.warn('PNG export failed', error))
      .finally(() => setExporting(false));
  };
  const onExportCsv = () => {
    const a = t.analysis;
    if (analysis.tab === 'composite' && compositeData) {
      downloadCsv(
        `${fileBase}.csv`,
        [a.rank, a.code, t.county, t.province, a.score],
        compositeData.units.map((u) => [u.rank, u.code, localName(lang, u), u.province, u.score]),
      );
      return;
    }
    if (analysis.tab === 'balance' && lisaData) {
      downloadCsv(
        `${fileBase}.csv`,
        [a.code, t.county, t.province, a.value, 'Local I', 'p', a.lisaLegendTitle],
        lisaData.units.map((u) => [
          u.code,
          localName(lang, u),
          u.province,
          u.value,
          u.localI,
          u.p,
          a.quadrants[u.quadrant],
        ]),
      );
      return;
    }
    downloadCsv(
      `${fileBase}.csv`,
      [a.code, regionLevel ? a.levelRegion : t.county, t.province, a.value, a.classLabel],
      choropleth.units.map((u) => [
        u.code,
        localName(lang, u),
        u.province,
        u.value,
        u.classIndex === null ? null : u.classIndex + 1,
      ]),
    );
  };
  const scopeValues = choropleth.units.flatMap((u) => (u.value === null ? [] : [u.value]));
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
        {!panelOpen ? (
          <AnalysisPanel
            state={analysis}
            onState={patchAnalysis}
            hasIndicator={indicator !== undefined && choice !== null}
            provinces={provinces.data}
            schemes={schemes.data ?? []}
            onExportCsv={onExportCsv}
            onExportPng={onExportPng}
            exporting={exporting}
            balance={
              indicator && scope ? (
                <BalancePanel
                  indicator={indicator}
                  indicators={indicators.data ?? []}
                  scope={scope}
                  scopeName={scopeName}
                  weight={analysis.weight}
                  onWeight={(weight) => patchAnalysis({ weight })}
                  values={scopeValues}
                  lisa={{
                    data: lisaData,
                    error: lisaQuery.error,
                    isPending: lisaQuery.isFetching,
                    refetch: () => void lisaQuery.refetch(),
                  }}
                  showLisa={analysis.lisa}
                  onShowLisa={(lisa) => patchAnalysis({ lisa })}
                  significance={analysis.significance}
                  onSignificance={(significance) => patchAnalysis({ significance })}
                  contiguity={analysis.contiguity}
                  onContiguity={(contiguity) => patchAnalysis({ contiguity })}
                />
              ) : null
            }
            composite={
              choice ? (
                <CompositePanel
                  indicators={indicators.data ?? []}
                  set={choice.set}
                  state={analysis.composite}
                  onState={(next) => patchAnalysis({ composite: next })}
                  result={{
                    data: compositeData,
                    error: compositeRequest ? composite.error : null,
                    isFetching: composite.isFetching,
                    refetch: () => void composite.refetch(),
                  }}
                  hovered={hovered}
                  onHover={setHovered}
                />
              ) : null
            }
            compare={
              choice ? (
                <div className="analysis-compare" data-testid="compare-panel">
                  <div className="field">
                    <label className="field-label" htmlFor="compare-indicator">
                      {t.analysis.compareRight}
                    </label>
                    <select
                      id="compare-indicator"
                      className="select"
                      data-testid="compare-select"
                      value={analysis.compare}
                      onChange={(e) => patchAnalysis({ compare: e.target.value })}
                    >
                      <option value="">—</option>
                      {(indicators.data ?? [])
                        .filter((i) =>
                          i.available.some((x) => x.set === choice.set && x.period === choice.period),
                        )
                        .map((i) => (
                          <option key={i.code} value={i.code}>
                            {localName(lang, i)}
                          </option>
                        ))}
                    </select>
                  </div>
                  <p className="analysis-help">{t.analysis.compareNote}</p>
                </div>
              ) : null
            }
          />
        ) : null}
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
        <div className={`map-area ${compareIndicator ? 'map-area-compare' : ''}`}>
          {compareIndicator && choice ? (
            <CompareMap
              mainMap={mainMap}
              features={compareCounties.data?.features ?? noFeatures}
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
            fillColour={mapColouring.fillColour}
            colourKey={mapColouring.colourKey}
            highlightCode={analysis.tab === 'composite' ? hovered : null}
            regionOutlines={regionLevel && !showLisa && !scoreClasses ? regions.data?.features : undefined}
            onHoverCounty={analysis.tab === 'composite' ? setHovered : undefined}
            onMap={(map) => {
              mapRef.current = map;
              setMainMap(map);
            }}
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
            {showLisa ? (
              <SimpleLegend
                testId="lisa-legend"
                title={t.analysis.lisaLegendTitle}
                note={`${indicator ? localName(lang, indicator) : ''} · ${scopeName} · p ≤ ${formatNumber(lang, analysis.significance, String(analysis.significance).length - 2)}`}
                items={lisaItems}
              />
            ) : scoreClasses ? (
              <SimpleLegend
                testId="score-legend"
                title={t.analysis.scoreLegend}
                note={`${scopeName} · ${t.analysis.methods.quantile}`}
                items={scoreItems}
              />
            ) : indicator && choice ? (
              <Legend
                indicator={indicator}
                period={choice.period}
                classes={choropleth.legend}
                noData={choropleth.noData}
                outOfRange={choropleth.outOfRange}
                methodName={regionLevel ? `${methodName} · ${t.analysis.levelRegion}` : methodName}
                note={
                  regionLevel && scheme
                    ? `${localName(lang, scheme)}${scheme.illustrative ? ` — ${t.analysis.illustrative}` : ''}`
                    : undefined
                }
              />
            ) : null}
            <StatusLegend present={presentStatuses} />
          </div>
        </div>
      </main>
    </div>
  );
}
