import 'maplibre-gl/dist/maplibre-gl.css';
import type { LayersList } from '@deck.gl/core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CountyFeature, CountyProperties } from '../../counties/api/counties.ts';
import { useHoveredCounty, useSetHoveredCounty } from '../../counties/hoveredCounty.tsx';
import {
  createCountiesLayer,
  createEstimatedLayer,
  createRegionOutlineLayer,
  createSelectionLayer,
} from '../../counties/layers/countiesLayer.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Rgb } from '../../indicators/classify/palette.ts';
import type { ProjectFeature } from '../../projects/api/types.ts';
import { createProjectsLayer, markerRadius } from '../../projects/layers/projectsLayer.ts';
import { spreadPositions } from '../../projects/layers/spreadPositions.ts';
import type { ProvinceCollection } from '../../provinces/api/provinces.ts';
import { labelPoints, setCounties, setOverlayLanguage, setProvinces } from '../layers/overlayLayers.ts';
import { type LocationPick, useLocationMarker } from './useLocationMarker.ts';
import { useMapControls } from './useMapControls.ts';
import { useMapEngine } from './useMapEngine.ts';

export interface MapViewProps {
  counties: CountyFeature[];
  countiesSet: string;
  fillColour: (properties: CountyProperties) => Rgb;
  colourKey: string;
  provinces: ProvinceCollection | undefined;
  projects: ProjectFeature[];
  selectedCounty: CountyFeature | undefined;
  selectedProjectId: number | null;
  attribution: string[];
  describeCounty: (properties: CountyProperties) => string;
  describeProject: (project: ProjectFeature) => string;
  onCountyClick: (county: CountyFeature) => void;
  onProjectClick: (project: ProjectFeature) => void;
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
}

const noRegions: readonly object[] = [];
const noCounties: CountyFeature[] = [];

export function MapView(props: MapViewProps) {
  const { t, lang } = useI18n();
  const hoveredCode = useHoveredCounty();
  const setHovered = useSetHoveredCounty();
  const { container, engine, failure, zoom } = useMapEngine(
    { ...props, onHoverCounty: props.hoverLinked ? setHovered : undefined },
    lang,
  );
  const [renderedKey, setRenderedKey] = useState('');
  const deckLayers = useRef<LayersList>([]);
  const awaitedKey = useRef('');

  useMapControls(engine?.map, lang, props.attribution);
  useLocationMarker(engine?.map, props.pickLocation);

  useEffect(() => {
    if (engine) setOverlayLanguage(engine.map, lang);
  }, [engine, lang]);

  const { flyTo } = props;
  useEffect(() => {
    if (!engine || !flyTo) return;
    const [west, south, east, north] = flyTo.bbox;
    engine.map.fitBounds(
      [
        [west, south],
        [east, north],
      ],
      { padding: 60, maxZoom: 9, duration: 800 },
    );
  }, [engine, flyTo]);

  useEffect(() => {
    if (!engine) return;
    setProvinces(engine.map, props.provinces, labelPoints(props.provinces?.features ?? []));
  }, [engine, props.provinces]);

  useEffect(() => {
    if (engine) setCounties(engine.map, props.counties, labelPoints(props.counties));
  }, [engine, props.counties]);

  const positions = useMemo(() => {
    if (!engine) return new Map<number, [number, number]>();
    const { map } = engine;
    // Recomputed with `zoom`: pixel offsets mean another distance on the ground at every zoom.
    return spreadPositions(
      props.projects,
      markerRadius(zoom) * 2 + 1.5,
      (lngLat) => {
        const p = map.project(lngLat);
        return [p.x, p.y];
      },
      (pixel) => {
        const ll = map.unproject(pixel);
        return [ll.lng, ll.lat];
      },
    );
  }, [engine, props.projects, zoom]);

  const { counties, fillColour, colourKey, selectedCounty, projects, selectedProjectId, countiesSet } = props;
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
    const layers = [
      createCountiesLayer({ features: counties, fillColour, colourKey }),
      createEstimatedLayer(estimatedOutlines),
      createRegionOutlineLayer(regionOutlines),
      createSelectionLayer(selectedCounty),
      createSelectionLayer(alertOutlines, 'county-alert', [225, 29, 72, 255]),
      createSelectionLayer(highlighted, 'county-highlight', [14, 99, 214, 255]),
      createProjectsLayer({
        projects,
        positions,
        positionsKey: zoom,
        selectedId: selectedProjectId,
        radius: markerRadius(zoom),
      }),
    ];
    deckLayers.current = layers;
    engine.overlay.setProps({ layers });
    // deck.gl slots its layers between ours (beforeId) only while the style reports itself loaded, which it
    // does not while a GeoJSON source is re-tiling after setData; without a retry the choropleth would be
    // drawn over the labels. Setting the same layers again once the map is idle slots them in.
    if (!engine.map.isStyleLoaded())
      engine.map.once('idle', () => engine.overlay.setProps({ layers: deckLayers.current }));
    if (counties.length === 0) return;
    // The test and the loading veil wait for this: the counties are not just fetched but drawn.
    const key = `${countiesSet}:${counties.length}`;
    if (awaitedKey.current === key) return;
    awaitedKey.current = key;
    engine.map.once('idle', () => setRenderedKey(key));
    engine.map.triggerRepaint();
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
    projects,
    positions,
    selectedProjectId,
    countiesSet,
    zoom,
  ]);

  const [renderedSet, renderedCount] = renderedKey.split(':');
  return (
    <div
      className="map-view"
      data-testid="map"
      data-state={failure ? 'error' : renderedKey ? 'ready' : 'loading'}
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
