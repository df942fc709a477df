import 'maplibre-gl/dist/maplibre-gl.css';
import type { LayersList } from '@deck.gl/core';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CountyFeature, CountyProperties } from '../../counties/api/counties.ts';
import {
  countiesLayerId,
  createCountiesLayer,
  createRegionOutlineLayer,
  createSelectionLayer,
} from '../../counties/layers/countiesLayer.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Rgb } from '../../indicators/classify/palette.ts';
import type { ProjectFeature } from '../../projects/api/types.ts';
import { createProjectsLayer, markerRadius, projectsLayerId } from '../../projects/layers/projectsLayer.ts';
import { spreadPositions } from '../../projects/layers/spreadPositions.ts';
import type { ProvinceCollection } from '../../provinces/api/provinces.ts';
import { basemapStyleUrl, iranBounds, offlineStyle } from '../baseStyle.ts';
import { loadFonts } from '../fonts.ts';
import {
  addOverlayLayers,
  detailZoom,
  labelPoints,
  layerIds,
  setCounties,
  setOverlayLanguage,
  setProvinces,
  sourceIds,
} from '../layers/overlayLayers.ts';
import { setupMapLibre } from '../setupMapLibre.ts';
import { installTestHooks } from '../testHooks.ts';
import { useMapControls } from './useMapControls.ts';

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
  /** A county outlined as "under the pointer" elsewhere (e.g. a ranking table row). */
  highlightCode?: string | null | undefined;
  /** The county under the pointer, or null when it leaves the counties. */
  onHoverCounty?: ((code: string | null) => void) | undefined;
  /** Planning-region polygons outlined over the counties (region level), empty otherwise. */
  regionOutlines?: readonly object[] | undefined;
  /** The MapLibre map once created (for the PNG export), null when removed. */
  onMap?: ((map: MapLibreMap | null) => void) | undefined;
}

// deck.gl writes its tooltip's style inline, so ours is given here rather than in the stylesheet.
const tooltipStyle = {
  fontFamily: "'Vazirmatn', system-ui, sans-serif",
  fontSize: '12.5px',
  lineHeight: '1.6',
  whiteSpace: 'pre-line',
  background: 'rgba(17, 24, 39, 0.92)',
  color: '#fff',
  borderRadius: '6px',
  padding: '6px 10px',
  maxWidth: '280px',
};

const noRegions: readonly object[] = [];

interface Engine {
  map: MapLibreMap;
  overlay: MapLibreOverlay;
}

export function MapView(props: MapViewProps) {
  const { t, lang } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [engine, setEngine] = useState<Engine | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [zoom, setZoom] = useState(0);
  const [renderedKey, setRenderedKey] = useState('');
  // Map and deck callbacks are registered once; they read the latest props through this ref.
  const latest = useRef(props);
  latest.current = props;
  const deckLayers = useRef<LayersList>([]);
  const awaitedKey = useRef('');
  const langRef = useRef(lang);
  langRef.current = lang;

  useEffect(() => {
    let cancelled = false;
    let map: MapLibreMap | undefined;
    let removeHooks: (() => void) | undefined;
    // Labels must not be drawn before Vazirmatn is there, or they would be rasterised in a fallback font.
    loadFonts()
      .catch(() => undefined)
      .then(() => {
        if (cancelled || !container.current) return;
        try {
          setupMapLibre();
          map = new MapLibreMap({
            container: container.current,
            style: basemapStyleUrl ?? offlineStyle,
            bounds: iranBounds,
            fitBoundsOptions: { padding: 24 },
            minZoom: 3.5,
            maxZoom: 12,
            dragRotate: false,
            pitchWithRotate: false,
            attributionControl: false,
            // `#map=zoom/lat/lng` in the URL: reloads and shared links keep the view (see app/urlState.ts).
            hash: 'map',
            // The PNG export reads the canvas back after a frame, which needs the drawing buffer kept.
            canvasContextAttributes: { preserveDrawingBuffer: true },
          });
        } catch (error) {
          setFailure(error instanceof Error ? error.message : String(error));
          return;
        }
        const created = map;
        created.touchZoomRotate.disableRotation();
        const overlay = new MapLibreOverlay({
          interleaved: true,
          layers: [],
          getTooltip: (info) => {
            const object = info.object as unknown;
            if (!object) return null;
            const text =
              info.layer?.id === projectsLayerId
                ? latest.current.describeProject(object as ProjectFeature)
                : latest.current.describeCounty((object as CountyFeature).properties);
            return { text, style: { ...tooltipStyle, direction: langRef.current === 'fa' ? 'rtl' : 'ltr' } };
          },
        });
        created.addControl(overlay);
        // Clicks are picked here rather than through deck.gl's onClick, which the interleaved overlay does not
        // fire with MapLibre 6 (hover works, click does not); the map's own click event always arrives.
        created.on('click', (event) => {
          const info = overlay.pickObject({ x: event.point.x, y: event.point.y, radius: 2 });
          const object = info?.object as unknown;
          if (object && info?.layer?.id === projectsLayerId)
            latest.current.onProjectClick(object as ProjectFeature);
          else if (object && info?.layer?.id === countiesLayerId)
            latest.current.onCountyClick(object as CountyFeature);
          else latest.current.onBackgroundClick();
        });
        let hovered: string | null = null;
        const setHovered = (code: string | null) => {
          if (code === hovered) return;
          hovered = code;
          latest.current.onHoverCounty?.(code);
        };
        created.on('mousemove', (event) => {
          if (!latest.current.onHoverCounty) return;
          const info = overlay.pickObject({ x: event.point.x, y: event.point.y, radius: 0 });
          const object = info?.object as CountyFeature | undefined;
          setHovered(object && info?.layer?.id === countiesLayerId ? object.properties.code : null);
        });
        created.getCanvas().addEventListener('mouseleave', () => setHovered(null));
        created.on('load', () => {
          addOverlayLayers(created, langRef.current);
          setEngine({ map: created, overlay });
          setZoom(created.getZoom());
        });
        created.on('error', (event) => {
          // Tile or style errors of an optional basemap must not blank our own layers; keep them visible.
          console.warn('map error', event.error?.message);
        });
        let frame = 0;
        created.on('zoom', () => {
          cancelAnimationFrame(frame);
          frame = requestAnimationFrame(() => setZoom(created.getZoom()));
        });
        // Which province is at the centre once zoomed in: checked after every move, and when the map goes
        // idle, which also covers a view restored from the URL before the provinces had been drawn.
        const updateFocus = () => {
          if (created.getZoom() < detailZoom || !created.getLayer(layerIds.provinceLand)) {
            latest.current.onFocusProvince(null);
            return;
          }
          const centre = created.project(created.getCenter());
          const [hit] = created.queryRenderedFeatures(centre, { layers: [layerIds.provinceLand] });
          const code = hit?.properties?.code as string | undefined;
          if (code || created.isSourceLoaded(sourceIds.provinces))
            latest.current.onFocusProvince(code ?? null);
        };
        created.on('moveend', updateFocus);
        created.on('idle', updateFocus);
        removeHooks = installTestHooks(created);
        latest.current.onMap?.(created);
      });
    return () => {
      cancelled = true;
      removeHooks?.();
      latest.current.onMap?.(null);
      map?.remove();
    };
  }, []);

  useMapControls(engine?.map, lang, props.attribution);

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
  const highlightCode = props.highlightCode ?? null;
  const regionOutlines = props.regionOutlines ?? noRegions;
  const highlighted = useMemo(
    () => (highlightCode ? counties.find((f) => f.properties.code === highlightCode) : undefined),
    [counties, highlightCode],
  );
  useEffect(() => {
    if (!engine) return;
    const layers = [
      createCountiesLayer({ features: counties, fillColour, colourKey }),
      createRegionOutlineLayer(regionOutlines),
      createSelectionLayer(selectedCounty),
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
