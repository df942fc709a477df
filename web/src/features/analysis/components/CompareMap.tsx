import 'maplibre-gl/dist/maplibre-gl.css';
import { type GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import type { CountyFeature, CountyProperties } from '../../counties/api/counties.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { cssColour, type Rgb } from '../../indicators/classify/palette.ts';
import { offlineStyle } from '../../map/baseStyle.ts';
import { loadFonts } from '../../map/fonts.ts';
import { setupMapLibre } from '../../map/setupMapLibre.ts';

interface CompareMapProps {
  /** The main map, whose camera this one follows (and leads when dragged). */
  mainMap: MapLibreMap | null;
  features: CountyFeature[];
  fillColour: (properties: CountyProperties) => Rgb;
  legend: ReactNode;
  title: string;
}

const sourceId = 'compare-counties';

/**
 * The second map of the side-by-side comparison: a plain MapLibre fill of the counties coloured by the
 * second indicator, its camera kept in step with the main map in both directions.
 */
export function CompareMap({ mainMap, features, fillColour, legend, title }: CompareMapProps) {
  const { t } = useI18n();
  // MapLibre's words (the canvas's name for screen readers) in the page's language when the map is made.
  const locale = useRef(t.access.mapLocale);
  locale.current = t.access.mapLocale;
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [rendered, setRendered] = useState(false);
  const [zoom, setZoom] = useState<number | null>(null);

  useEffect(() => {
    let cancelled = false;
    let created: MapLibreMap | undefined;
    void loadFonts()
      .catch(() => undefined)
      .then(() => {
        if (cancelled || !container.current || !mainMap) return;
        setupMapLibre();
        created = new MapLibreMap({
          container: container.current,
          style: offlineStyle,
          center: mainMap.getCenter(),
          zoom: mainMap.getZoom(),
          minZoom: 3.5,
          maxZoom: 12,
          dragRotate: false,
          pitchWithRotate: false,
          attributionControl: false,
          locale: locale.current,
        });
        const m = created;
        m.on('load', () => {
          m.addSource(sourceId, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
          m.addLayer({
            id: 'compare-fill',
            type: 'fill',
            source: sourceId,
            paint: { 'fill-color': ['get', 'fill'], 'fill-opacity': 0.92 },
          });
          m.addLayer({
            id: 'compare-outline',
            type: 'line',
            source: sourceId,
            paint: { 'line-color': 'rgba(96, 90, 80, 0.75)', 'line-width': 0.5 },
          });
          setMap(m);
        });
      });
    return () => {
      cancelled = true;
      created?.remove();
      setMap(null);
    };
  }, [mainMap]);

  // Camera sync both ways. The main map leads on every move (its flights included); the comparison map
  // leads only after the user has touched it, so its own resizes never pull the main map along.
  useEffect(() => {
    if (!map || !mainMap) return;
    let syncing = false;
    let leader: 'main' | 'compare' = 'main';
    const fromMain = () => {
      if (syncing) return;
      syncing = true;
      map.jumpTo({ center: mainMap.getCenter(), zoom: mainMap.getZoom() });
      syncing = false;
    };
    const fromCompare = () => {
      if (syncing || leader !== 'compare') return;
      syncing = true;
      mainMap.jumpTo({ center: map.getCenter(), zoom: map.getZoom() });
      syncing = false;
    };
    const leadCompare = () => {
      leader = 'compare';
    };
    const leadMain = () => {
      leader = 'main';
    };
    const report = () => setZoom(Math.round(map.getZoom() * 100) / 100);
    const compareEl = map.getContainer();
    const mainEl = mainMap.getContainer();
    const inputs = ['wheel', 'pointerdown', 'touchstart', 'keydown'] as const;
    for (const type of inputs) {
      compareEl.addEventListener(type, leadCompare, { capture: true, passive: true });
      mainEl.addEventListener(type, leadMain, { capture: true, passive: true });
    }
    map.on('moveend', report);
    mainMap.on('move', fromMain);
    mainMap.on('resize', fromMain);
    map.on('move', fromCompare);
    map.on('resize', fromMain);
    fromMain();
    report();
    return () => {
      for (const type of inputs) {
        compareEl.removeEventListener(type, leadCompare, { capture: true });
        mainEl.removeEventListener(type, leadMain, { capture: true });
      }
      map.off('moveend', report);
      mainMap.off('move', fromMain);
      mainMap.off('resize', fromMain);
      map.off('move', fromCompare);
      map.off('resize', fromMain);
    };
  }, [map, mainMap]);

  const data = useMemo(
    () => ({
      type: 'FeatureCollection' as const,
      features: features.map((f) => ({
        ...f,
        properties: { code: f.properties.code, fill: cssColour(fillColour(f.properties)) },
      })),
    }),
    // fillColour is memoised by useChoropleth: it changes exactly when the colouring does.
    [features, fillColour],
  );

  useEffect(() => {
    if (!map) return;
    (map.getSource(sourceId) as GeoJSONSource | undefined)?.setData(
      data as unknown as Parameters<GeoJSONSource['setData']>[0],
    );
    if (data.features.length > 0) map.once('idle', () => setRendered(true));
  }, [map, data]);

  return (
    <div
      className="compare-map"
      data-testid="compare-map"
      data-state={rendered ? 'ready' : 'loading'}
      data-zoom={zoom ?? ''}
    >
      <div ref={container} className="map-canvas" />
      <div className="compare-title">{title}</div>
      <div className="map-legend compare-legend">{legend}</div>
    </div>
  );
}
