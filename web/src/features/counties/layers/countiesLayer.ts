import { PathStyleExtension } from '@deck.gl/extensions';
import { GeoJsonLayer, type GeoJsonLayerProps } from '@deck.gl/layers';
import type { Rgb } from '../../indicators/classify/palette.ts';
import { countiesLayerId } from '../../map/layers/deckIds.ts';
import { layerIds } from '../../map/layers/overlayLayers.ts';
import type { CountyFeature, CountyProperties } from '../api/counties.ts';

// @deck.gl/maplibre reads `beforeId` in interleaved mode to slot a layer under a MapLibre layer, but the
// layer prop types do not declare it.
type InterleavedProps = GeoJsonLayerProps<CountyProperties> & { beforeId?: string };
type LayerData = GeoJsonLayerProps<CountyProperties>['data'];

interface CountiesLayerOptions {
  /** Must keep its identity while unchanged: deck.gl re-tessellates the polygons when it changes. */
  features: CountyFeature[];
  fillColour: (properties: CountyProperties) => Rgb;
  /** Changes whenever the colouring does (indicator, classes), so deck.gl recolours without re-tessellating. */
  colourKey: string;
}

/**
 * The choropleth fill, under MapLibre's county and province borders and the labels, which stay readable
 * on top. Borders are not stroked here: see the county-outline layer for why.
 */
export function createCountiesLayer({ features, fillColour, colourKey }: CountiesLayerOptions) {
  const props: InterleavedProps = {
    id: countiesLayerId,
    beforeId: layerIds.countyOutline,
    data: features as unknown as LayerData,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 110],
    filled: true,
    stroked: false,
    getFillColor: (f) => [...fillColour(f.properties), 235],
    updateTriggers: { getFillColor: colourKey },
  };
  return new GeoJsonLayer<CountyProperties>(props);
}

/** The selected county's outline, above the choropleth and the province lines so it stays visible. */
export function createSelectionLayer(
  feature: CountyFeature | CountyFeature[] | undefined,
  id = 'county-selection',
  colour: [number, number, number, number] = [17, 24, 39, 255],
) {
  const props: InterleavedProps = {
    id,
    beforeId: layerIds.countyLabels,
    data: (Array.isArray(feature) ? feature : feature ? [feature] : []) as unknown as LayerData,
    pickable: false,
    filled: false,
    stroked: true,
    getLineColor: colour,
    lineWidthUnits: 'pixels',
    getLineWidth: 3,
  };
  return new GeoJsonLayer<CountyProperties>(props);
}

/** Planning-region borders (dissolved polygons from /api/regions) over the county fill at region level. */
export function createRegionOutlineLayer(regions: readonly object[]) {
  const props: InterleavedProps = {
    id: 'region-outline',
    beforeId: layerIds.countyLabels,
    data: regions as unknown as LayerData,
    pickable: false,
    filled: false,
    stroked: true,
    getLineColor: [55, 48, 163, 230],
    lineWidthUnits: 'pixels',
    getLineWidth: 2.5,
  };
  return new GeoJsonLayer<CountyProperties>(props);
}

const dashes = [new PathStyleExtension({ dash: true })];

/**
 * A dashed outline around counties whose value is an estimate (a split census county's share), over the
 * fill and under the labels, so the mark reads at every zoom without hiding the colour beneath.
 */
export function createEstimatedLayer(features: CountyFeature[]) {
  const props: InterleavedProps & { getDashArray: [number, number]; dashJustified: boolean } = {
    id: 'county-estimated',
    beforeId: layerIds.countyLabels,
    data: features as unknown as LayerData,
    pickable: false,
    filled: false,
    stroked: true,
    getLineColor: [31, 41, 55, 230],
    lineWidthUnits: 'pixels',
    getLineWidth: 1.6,
    getDashArray: [3, 2],
    dashJustified: true,
    extensions: dashes,
  };
  return new GeoJsonLayer<CountyProperties>(props);
}
