import 'maplibre-gl/dist/maplibre-gl.css';
import type { LayersList } from '@deck.gl/core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CountyFeature, CountyProperties } from '../../counties/api/counties.ts';
import { useHoveredCounty, useSetHoveredCounty } from '../../counties/hoveredCounty.tsx';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { cssColour, type Rgb } from '../../indicators/classify/palette.ts';
import type { ProjectFilter } from '../../projects/api/projects.ts';
import type { ProjectStatus } from '../../projects/api/types.ts';
import {
  projectTilesUrl,
  setProjectsVisible,
  setProjectTileLanguage,
  setProjectTileUrl,
  setSelectedProject,
  showProjectCounts,
  statusesShown,
} from '../../projects/layers/projectTiles.ts';
import type { ProvinceCollection } from '../../provinces/api/provinces.ts';
import { loadAllFonts } from '../fonts.ts';
import {
  labelPoints,
  setCounties,
  setCountyFill,
  setOverlayLanguage,
  setProvinces,
  showLabels,
} from '../layers/overlayLayers.ts';
import { type LocationPick, useLocationMarker } from './useLocationMarker.ts';
import { useMapControls } from './useMapControls.ts';
import { useMapEngine } from './useMapEngine.ts';

export interface MapViewProps {
  counties: CountyFeature[];
  countiesSet: string;
  fillColour: (properties: CountyProperties) => Rgb;
  colourKey: string;
  provinces: ProvinceCollection | undefined;
  /** The registry's filter: the map draws the same projects, from the server's tiles. */
  projectFilter: ProjectFilter;
  /** False hides the projects (their clicks would be taken for the counties' while regions are drawn). */
  showProjects: boolean;
  /** The statuses drawn in the tiles loaded, for the legend. */
  onProjectStatuses?: ((statuses: ReadonlySet<ProjectStatus>) => void) | undefined;
  selectedCounty: CountyFeature | undefined;
  selectedProjectId: number | null;
  attribution: string[];
  describeCounty: (properties: CountyProperties) => string;
  onCountyClick: (county: CountyFeature) => void;
  /** A project's marker clicked: its id (the panel fetches the project). */
  onProjectClick: (id: number) => void;
  onBackgroundClick: () => void;
  onFocusProvince: (province: string | null) => void;
  /** Brings an extent into view whenever a new object is passed. */
  flyTo: { bbox: [number, number, number, number] } | null;
  /**
   * The county under the pointer is shared (hoveredCounty.tsx) with a ranking table: it is outlined when
   * hovered there, and hovering it here highlights its row.
   */
  hoverLinked?: boolean | undefined;
  /** Planning-region polygons outlined over the counties (region level), empty otherwise. */
  regionOutlines?: readonly object[] | undefined;
  /** Counties whose value is an estimate, outlined with dashes (explained in the legend). */
  estimatedOutlines?: CountyFeature[] | undefined;
  /** Counties outlined in red (counties still without a region while a scheme is edited). */
  alertOutlines?: CountyFeature[] | undefined;
  /** While a project form is open: clicks set its location, and a draggable marker shows it. */
  pickLocation?: LocationPick | undefined;
  /** The MapLibre map once created (for the PNG export), null when removed. */
  onMap?: ((map: MapLibreMap | null) => void) | undefined;
  /** Once the counties are first drawn, or the map failed: what waited for the first draw may load. */
  onSettled?: (() => void) | undefined;
}

const noRegions: readonly object[] = [];
const noCounties: CountyFeature[] = [];

export function MapView(props: MapViewProps) {
  const { t, lang } = useI18n();
  const hoveredCode = useHoveredCounty();
  const setHovered = useSetHoveredCounty();
  const { container, engine, failure, loadDeck } = useMapEngine(
    { ...props, onHoverCounty: props.hoverLinked ? setHovered : undefined },
    lang,
  );
  const [renderedKey, setRenderedKey] = useState('');
  const deckLayers = useRef<LayersList>([]);
  const awaitedKey = useRef('');

  // These follow the map itself, not deck.gl's arrival (which makes a new engine object).
  const map = engine?.map;
  useMapControls(map, lang, props.attribution, t.access.mapLocale);
  useLocationMarker(map, props.pickLocation);

  useEffect(() => {
    if (map) setOverlayLanguage(map, lang);
  }, [map, lang]);

  const { flyTo } = props;
  // A link to a place opens at it: before the first draw the map jumps there (the flight would only delay
  // the place's detail, and in software WebGL draw frames nobody watches); later moves are flown.
  const drawnOnce = useRef(false);
  useEffect(() => {
    if (!map || !flyTo) return;
    const [west, south, east, north] = flyTo.bbox;
    map.fitBounds(
      [
        [west, south],
        [east, north],
      ],
      { padding: 60, maxZoom: 9, duration: drawnOnce.current ? 800 : 0 },
    );
  }, [map, flyTo]);

  // The province borders only once the counties are drawn: the first 'idle' (what the counties' draw is
  // reported on) would otherwise wait for them to be tiled too.
  const countiesDrawn = renderedKey !== '';
  if (countiesDrawn) drawnOnce.current = true;
  const { onSettled } = props;
  useEffect(() => {
    if (countiesDrawn || failure) onSettled?.();
  }, [countiesDrawn, failure, onSettled]);
  useEffect(() => {
    if (!map || !countiesDrawn) return;
    setProvinces(map, props.provinces, labelPoints(props.provinces?.features ?? []));
  }, [map, props.provinces, countiesDrawn]);

  useEffect(() => {
    if (map) setCounties(map, props.counties, labelPoints(props.counties));
  }, [map, props.counties]);

  const tilesUrl = projectTilesUrl(props.projectFilter);
  useEffect(() => {
    if (map) setProjectTileUrl(map, tilesUrl);
  }, [map, tilesUrl]);
  useEffect(() => {
    if (map) setSelectedProject(map, props.selectedProjectId);
  }, [map, props.selectedProjectId]);
  // The projects' tiles, like the province borders, wait for the counties' first draw (on a slow link they
  // would share its bandwidth, and the first 'idle' would wait for them too).
  useEffect(() => {
    if (map) setProjectsVisible(map, props.showProjects && countiesDrawn);
  }, [map, props.showProjects, countiesDrawn]);
  useEffect(() => {
    if (map) setProjectTileLanguage(map, lang);
  }, [map, lang]);

  // `data-idle`: true once MapLibre is idle (every tile in view loaded and drawn), false from the start of
  // a move, so a benchmark can time a drag settling. The legend's statuses are read at the same moments.
  const [idle, setIdle] = useState(false);
  const onStatuses = useRef(props.onProjectStatuses);
  onStatuses.current = props.onProjectStatuses;
  useEffect(() => {
    if (!map) return;
    let lastStatuses = '';
    const onIdle = () => {
      setIdle(true);
      const shown = statusesShown(map);
      const key = [...shown].sort().join(',');
      if (key !== lastStatuses) {
        lastStatuses = key;
        onStatuses.current?.(shown);
      }
    };
    const onMove = () => setIdle(false);
    map.on('idle', onIdle);
    map.on('movestart', onMove);
    if (map.loaded() && !map.isMoving()) onIdle();
    return () => {
      map.off('idle', onIdle);
      map.off('movestart', onMove);
    };
  }, [map]);

  const { counties, fillColour, colourKey, selectedCounty, countiesSet } = props;
  const highlightCode = props.hoverLinked ? hoveredCode : null;
  const regionOutlines = props.regionOutlines ?? noRegions;
  const alertOutlines = props.alertOutlines ?? noCounties;
  const estimatedOutlines = props.estimatedOutlines ?? noCounties;
  const highlighted = useMemo(
    () => (highlightCode ? counties.find((f) => f.properties.code === highlightCode) : undefined),
    [counties, highlightCode],
  );
  useEffect(() => {
    if (!engine) return;
    const { deck } = engine;
    const { map } = engine;
    if (deck) {
      const layers = deck.module.buildLayers({
        counties,
        fillColour,
        colourKey,
        estimatedOutlines,
        regionOutlines,
        selectedCounty,
        alertOutlines,
        highlighted,
      });
      deckLayers.current = layers;
      deck.overlay.setProps({ layers });
      // deck.gl slots its layers between ours (beforeId) only while the style reports itself loaded, which it
      // does not while a GeoJSON source is re-tiling after setData; without a retry the choropleth would be
      // drawn over the labels. Setting the same layers again once the map is idle slots them in.
      if (!map.isStyleLoaded()) map.once('idle', () => deck.overlay.setProps({ layers: deckLayers.current }));
    }
    // Until deck.gl is there, MapLibre's own fill shows the colours (and takes the clicks, useMapEngine).
    setCountyFill(
      map,
      deck ? null : new Map(counties.map((f) => [f.properties.code, cssColour(fillColour(f.properties))])),
    );
    if (counties.length === 0) return;
    // The test and the loading veil wait for this: the counties are not just fetched but drawn, first by
    // MapLibre (`native`), then by deck.gl with the markers and everything else (`deck`).
    const key = `${countiesSet}:${counties.length}:${deck ? 'deck' : 'native'}`;
    if (awaitedKey.current === key) return;
    awaitedKey.current = key;
    map.once('idle', () => setRenderedKey(key));
    map.triggerRepaint();
  }, [
    engine,
    counties,
    fillColour,
    colourKey,
    selectedCounty,
    highlighted,
    regionOutlines,
    alertOutlines,
    estimatedOutlines,
    countiesSet,
  ]);

  // deck.gl and the fonts' other weights load once the counties are on the screen: they are not needed to
  // see them (≈ 290 KB, which a slow link would otherwise spend before the first colours). The labels show
  // once their fonts are there: drawn earlier they would be rasterised, and kept, in a fallback font.
  useEffect(() => {
    if (!renderedKey) return;
    loadDeck();
    if (!map) return;
    let current = true;
    void loadAllFonts()
      .catch(() => undefined)
      .then(() => {
        if (!current) return;
        showLabels(map);
        showProjectCounts(map);
      });
    return () => {
      current = false;
    };
  }, [renderedKey, loadDeck, map]);

  const [renderedSet, renderedCount, drawnBy] = renderedKey.split(':');
  return (
    <div
      className="map-view"
      data-testid="map"
      // Ready: everything drawn and interactive (deck.gl's layers too); the counties are visible from
      // `data-counties-drawn` on (what a slow link waits for first, `pnpm bench`).
      data-state={failure ? 'error' : drawnBy === 'deck' ? 'ready' : 'loading'}
      data-counties-drawn={renderedKey ? 'true' : undefined}
      data-idle={idle ? 'true' : 'false'}
      data-picking={props.pickLocation ? 'true' : undefined}
      data-counties-set={renderedSet ?? ''}
      data-counties-count={renderedCount ?? '0'}
    >
      <div
        ref={container}
        className="map-canvas"
        data-testid="map-canvas"
        role="application"
        aria-label={t.mapLabel}
      />
      {failure ? (
        <div className="map-failure" role="alert">
          {failure}
        </div>
      ) : null}
    </div>
  );
}
