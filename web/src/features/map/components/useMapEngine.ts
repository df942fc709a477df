import type { MapLibreOverlay } from '@deck.gl/maplibre';
import { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CountyFeature } from '../../counties/api/counties.ts';
import { accessEn, accessFa } from '../../i18n/access/messages.ts';
import type { Lang } from '../../i18n/messages.ts';
import { addProjectTileLayers, projectAt } from '../../projects/layers/projectTiles.ts';
import { basemapStyleUrl, iranBounds, offlineStyle } from '../baseStyle.ts';
import { mapFontBold } from '../fonts.ts';
import { countiesLayerId } from '../layers/deckIds.ts';
import { addOverlayLayers, detailZoom, layerIds, sourceIds } from '../layers/overlayLayers.ts';
import { setupMapLibre } from '../setupMapLibre.ts';
import { installTestHooks } from '../testHooks.ts';
import type { DeckModule } from './deckOverlay.ts';
import type { MapViewProps } from './MapView.tsx';

/** deck.gl once loaded: its module (the layer factories) and the overlay interleaved with the map. */
export interface Deck {
  module: DeckModule;
  overlay: MapLibreOverlay;
}

export interface Engine {
  map: MapLibreMap;
  /** Null until `loadDeck` has brought deck.gl in; MapLibre's own fill colours the counties meanwhile. */
  deck: Deck | null;
}

/**
 * Creates the MapLibre map (in `container`) once, wires its events to the latest props, and on `loadDeck`
 * adds the interleaved deck.gl overlay (a chunk of its own: the counties are drawn before it arrives).
 */
export function useMapEngine(
  props: MapViewProps & { onHoverCounty: ((code: string | null) => void) | undefined },
  lang: Lang,
) {
  const container = useRef<HTMLDivElement>(null);
  // Map and deck callbacks are registered once; they read the latest props through this ref.
  const latest = useRef(props);
  latest.current = props;
  const langRef = useRef(lang);
  langRef.current = lang;
  const [engine, setEngine] = useState<Engine | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [zoom, setZoom] = useState(0);
  const deckRef = useRef<Deck | null>(null);
  const deckRequested = useRef(false);

  useEffect(() => {
    let map: MapLibreMap | undefined;
    // The map starts at once; its labels wait for Vazirmatn (MapView, showLabels).
    if (!container.current) return;
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
        // MapLibre's words in the page's language (useMapControls keeps them in step with a switch).
        locale: (langRef.current === 'fa' ? accessFa : accessEn).mapLocale,
        // `#map=zoom/lat/lng` in the URL: reloads and shared links keep the view (the pages keep the hash).
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
    // Clicks are picked here rather than through deck.gl's onClick, which the interleaved overlay does not
    // fire with MapLibre 6 (hover works, click does not); the map's own click event always arrives. Before
    // deck.gl has loaded, a county is found under MapLibre's own fill.
    created.on('click', (event) => {
      const picking = latest.current.pickLocation;
      if (picking) {
        picking.onPick([event.lngLat.lng, event.lngLat.lat]);
        return;
      }
      // A project opens its panel; a cluster zooms in towards its projects (at the deepest zoom, where it
      // cannot come apart, the click falls through to the county under it).
      const project = projectAt(created, event.point);
      if (project && typeof project.properties.count !== 'number') {
        latest.current.onProjectClick(Number(project.properties.id));
        return;
      }
      if (project && created.getZoom() < created.getMaxZoom() - 0.01) {
        const centre =
          project.geometry.type === 'Point' ? project.geometry.coordinates : event.lngLat.toArray();
        created.easeTo({
          center: [centre[0]!, centre[1]!],
          zoom: Math.min(created.getMaxZoom(), created.getZoom() + 2),
        });
        return;
      }
      const overlay = deckRef.current?.overlay;
      if (!overlay) {
        const [hit] = created.getLayer(layerIds.countyFill)
          ? created.queryRenderedFeatures(event.point, { layers: [layerIds.countyFill] })
          : [];
        const code = hit?.properties?.code as string | undefined;
        const county = code ? latest.current.counties.find((f) => f.properties.code === code) : undefined;
        if (county) latest.current.onCountyClick(county);
        else latest.current.onBackgroundClick();
        return;
      }
      const info = overlay.pickObject({ x: event.point.x, y: event.point.y, radius: 2 });
      const object = info?.object as unknown;
      if (object && info?.layer?.id === countiesLayerId)
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
      created.getCanvas().style.cursor = projectAt(created, event.point) ? 'pointer' : '';
      const overlay = deckRef.current?.overlay;
      if (!latest.current.onHoverCounty || !overlay) return;
      const info = overlay.pickObject({ x: event.point.x, y: event.point.y, radius: 0 });
      const object = info?.object as CountyFeature | undefined;
      setHovered(object && info?.layer?.id === countiesLayerId ? object.properties.code : null);
    });
    created.getCanvas().addEventListener('mouseleave', () => setHovered(null));
    created.on('load', () => {
      addOverlayLayers(created, langRef.current);
      addProjectTileLayers(created, latest.current.projectFilter, layerIds.countyLabels, mapFontBold);
      setEngine({ map: created, deck: null });
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
    // idle, which also covers a view restored from the URL. Read off the county drawn there (each carries
    // its province), so a link to a county asks for its province's detail as soon as the counties are
    // drawn, not after the province borders (which wait for that draw); off the provinces elsewhere.
    const updateFocus = () => {
      if (created.getZoom() < detailZoom || !created.getLayer(layerIds.provinceLand)) {
        latest.current.onFocusProvince(null);
        return;
      }
      const centre = created.project(created.getCenter());
      const [county] = created.getLayer(layerIds.countyHit)
        ? created.queryRenderedFeatures(centre, { layers: [layerIds.countyHit] })
        : [];
      const [province] = county
        ? []
        : created.queryRenderedFeatures(centre, { layers: [layerIds.provinceLand] });
      const code = (county?.properties?.province ?? province?.properties?.code) as string | undefined;
      if (code || created.isSourceLoaded(sourceIds.provinces)) latest.current.onFocusProvince(code ?? null);
    };
    created.on('moveend', updateFocus);
    created.on('idle', updateFocus);
    const removeHooks = installTestHooks(created);
    latest.current.onMap?.(created);
    return () => {
      removeHooks();
      latest.current.onMap?.(null);
      deckRef.current = null;
      map?.remove();
    };
  }, []);

  /** Brings deck.gl in (once) and adds its overlay to the map. */
  const loadDeck = useCallback(() => {
    const map = engine?.map;
    if (!map || deckRequested.current) return;
    deckRequested.current = true;
    import('./deckOverlay.ts')
      .then((module) => {
        const overlay = module.createOverlay({
          county: (properties) => latest.current.describeCounty(properties),
          rtl: () => langRef.current === 'fa',
        });
        map.addControl(overlay);
        deckRef.current = { module, overlay };
        setEngine({ map, deck: deckRef.current });
      })
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  }, [engine]);

  return { container, engine, failure, zoom, loadDeck };
}
