import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from '../../../shared/api/geojson.ts';
import { localName } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/messages.ts';
import { landColour } from '../baseStyle.ts';
import { mapFontBold, mapFontRegular } from '../fonts.ts';

// MapLibre layer ids; deck.gl layers are slotted between them with `beforeId`.
export const layerIds = {
  provinceLand: 'province-land',
  countyFill: 'county-fill',
  countyHit: 'county-hit',
  countyOutline: 'county-outline',
  provinceOutline: 'province-outline',
  countyLabels: 'county-labels',
  provinceLabels: 'province-labels',
} as const;

export const sourceIds = {
  provinces: 'provinces',
  counties: 'counties',
  countyLabels: 'county-labels',
  provinceLabels: 'province-labels',
};

/** Above this zoom the map shows county names and loads the focused province's detailed boundaries. */
export const detailZoom = 6.5;

export interface LabelProperties {
  name_fa: string;
  name_en: string | null;
}

/** A label point also carries its English-UI name (the English one, or the marked transliteration). */
type LabelPointProperties = LabelProperties & { name_local_en: string };

export type LabelCollection = FeatureCollection<Point, LabelPointProperties>;

const empty: LabelCollection = { type: 'FeatureCollection', features: [] };

export function labelText(lang: Lang): ExpressionSpecification {
  // A few units have no English name: they get the marked transliteration localName gives (labelPoints).
  return lang === 'fa' ? ['get', 'name_fa'] : ['get', 'name_local_en'];
}

/**
 * Adds our sources and layers on top of whatever style is loaded (the offline one or a basemap). The
 * labels stay hidden until `showLabels`: the map is drawn without waiting for the font files (a slow link
 * would wait seconds for them), and a label drawn before Vazirmatn arrived would be rasterised, and kept,
 * in a fallback font.
 */
export function addOverlayLayers(map: MapLibreMap, lang: Lang): void {
  map.addSource(sourceIds.provinces, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addSource(sourceIds.counties, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addSource(sourceIds.countyLabels, {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
  });
  map.addSource(sourceIds.provinceLabels, {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
  });

  // Iran's land under the counties; also the hit target for "which province is at the centre".
  map.addLayer({
    id: layerIds.provinceLand,
    type: 'fill',
    source: sourceIds.provinces,
    paint: { 'fill-color': landColour, 'fill-opacity': 1 },
  });
  // The choropleth until deck.gl has loaded (setCountyFill): the counties show their colours at once.
  map.addLayer({
    id: layerIds.countyFill,
    type: 'fill',
    source: sourceIds.counties,
    layout: { visibility: 'none' },
    paint: { 'fill-color': 'rgba(0, 0, 0, 0)', 'fill-opacity': 235 / 255 },
  });
  // Never seen: what is asked which county (and so which province) lies under a point, whatever draws the
  // fill meanwhile (it shares the counties' tessellation with the layer above).
  map.addLayer({
    id: layerIds.countyHit,
    type: 'fill',
    source: sourceIds.counties,
    paint: { 'fill-color': 'rgba(0, 0, 0, 0)', 'fill-opacity': 0 },
  });
  // County borders are drawn by MapLibre, which tiles and simplifies them per zoom; as deck.gl paths they
  // cost seconds per frame on software-rendered WebGL (a governor's office laptop without a GPU driver).
  map.addLayer({
    id: layerIds.countyOutline,
    type: 'line',
    source: sourceIds.counties,
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': 'rgba(96, 90, 80, 0.75)',
      'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.35, 7, 0.8, 10, 1.2],
    },
  });
  map.addLayer({
    id: layerIds.provinceOutline,
    type: 'line',
    source: sourceIds.provinces,
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': '#3d4451',
      'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1.3, 8, 2.4],
    },
  });
  map.addLayer({
    id: layerIds.countyLabels,
    type: 'symbol',
    source: sourceIds.countyLabels,
    minzoom: detailZoom - 0.5,
    layout: {
      visibility: 'none',
      'text-field': labelText(lang),
      'text-font': [mapFontRegular],
      'text-size': ['interpolate', ['linear'], ['zoom'], 6, 11, 9, 14],
      'text-max-width': 8,
      'text-padding': 3,
    },
    paint: { 'text-color': '#2b2b2b', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.4 },
  });
  map.addLayer({
    id: layerIds.provinceLabels,
    type: 'symbol',
    source: sourceIds.provinceLabels,
    maxzoom: detailZoom,
    layout: {
      visibility: 'none',
      'text-field': labelText(lang),
      'text-font': [mapFontBold],
      'text-size': ['interpolate', ['linear'], ['zoom'], 4, 11, 6, 14],
      'text-max-width': 7,
      'text-padding': 4,
    },
    paint: { 'text-color': '#1d2b36', 'text-halo-color': 'rgba(255,255,255,0.92)', 'text-halo-width': 1.6 },
  });
}

/**
 * MapLibre's own county fill, coloured by code (`colours`: code → CSS colour), while deck.gl is loading;
 * null hides it once deck.gl draws the choropleth.
 */
export function setCountyFill(map: MapLibreMap, colours: ReadonlyMap<string, string> | null): void {
  if (!map.getLayer(layerIds.countyFill)) return;
  if (!colours || colours.size === 0) {
    map.setLayoutProperty(layerIds.countyFill, 'visibility', 'none');
    return;
  }
  const pairs = [...colours].flat();
  const expression = [
    'match',
    ['get', 'code'],
    ...pairs,
    'rgba(0, 0, 0, 0)',
  ] as unknown as ExpressionSpecification;
  map.setPaintProperty(layerIds.countyFill, 'fill-color', expression);
  map.setLayoutProperty(layerIds.countyFill, 'visibility', 'visible');
}

/** Shows the labels once the map's fonts are there (fonts.ts). */
export function showLabels(map: MapLibreMap): void {
  map.setLayoutProperty(layerIds.countyLabels, 'visibility', 'visible');
  map.setLayoutProperty(layerIds.provinceLabels, 'visibility', 'visible');
}

export function setOverlayLanguage(map: MapLibreMap, lang: Lang): void {
  map.setLayoutProperty(layerIds.countyLabels, 'text-field', labelText(lang));
  map.setLayoutProperty(layerIds.provinceLabels, 'text-field', labelText(lang));
}

function setData(map: MapLibreMap, id: string, data: object): void {
  (map.getSource(id) as GeoJSONSource | undefined)?.setData(data as Parameters<GeoJSONSource['setData']>[0]);
}

export function setProvinces(map: MapLibreMap, provinces: object | undefined, labels: LabelCollection): void {
  setData(map, sourceIds.provinces, provinces ?? empty);
  setData(map, sourceIds.provinceLabels, labels);
}

/** The counties drawn now: their borders (the fill is deck.gl's) and their name labels. */
export function setCounties(map: MapLibreMap, counties: readonly object[], labels: LabelCollection): void {
  setData(map, sourceIds.counties, { type: 'FeatureCollection', features: counties });
  setData(map, sourceIds.countyLabels, labels);
}

/** Label points from the `label` property the API puts on every province and county. */
export function labelPoints(
  features: readonly { properties: LabelProperties & { label: [number, number] } }[],
): LabelCollection {
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: f.properties.label },
      properties: {
        name_fa: f.properties.name_fa,
        name_en: f.properties.name_en,
        name_local_en: localName('en', f.properties),
      },
    })),
  };
}
