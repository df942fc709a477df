import { MapLibreOverlay } from '@deck.gl/maplibre';
import { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import type { CountyFeature } from '../../counties/api/counties.ts';
import { countiesLayerId } from '../../counties/layers/countiesLayer.ts';
import type { Lang } from '../../i18n/messages.ts';
import type { ProjectFeature } from '../../projects/api/types.ts';
import { projectsLayerId } from '../../projects/layers/projectsLayer.ts';
import { basemapStyleUrl, iranBounds, offlineStyle } from '../baseStyle.ts';
import { loadFonts } from '../fonts.ts';
import { addOverlayLayers, detailZoom, layerIds, sourceIds } from '../layers/overlayLayers.ts';
import { setupMapLibre } from '../setupMapLibre.ts';
import { installTestHooks } from '../testHooks.ts';
import type { MapViewProps } from './MapView.tsx';

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

export interface Engine {
  map: MapLibreMap;
  overlay: MapLibreOverlay;
}

/**
 * Creates the MapLibre map (in `container`) and its interleaved deck.gl overlay once, and wires their
 * events to the latest props.
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
          const picking = latest.current.pickLocation;
          if (picking) {
            picking.onPick([event.lngLat.lng, event.lngLat.lat]);
            return;
          }
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

  return { container, engine, failure, zoom };
}
