import type { LayersList } from '@deck.gl/core';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { CountyFeature, CountyProperties } from '../../counties/api/counties.ts';
import {
  createCountiesLayer,
  createEstimatedLayer,
  createRegionOutlineLayer,
  createSelectionLayer,
} from '../../counties/layers/countiesLayer.ts';
import type { Rgb } from '../../indicators/classify/palette.ts';

// deck.gl (≈ 216 KB gzipped) in a chunk of its own, loaded once MapLibre has drawn the counties with its own
// fill (MapView): on a slow link the map shows its colours without waiting for it. It then takes over the
// choropleth, and brings the outlines, hover highlights and tooltips (the projects are MapLibre's, from tiles).

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

export interface Tooltips {
  county: (properties: CountyProperties) => string;
  rtl: () => boolean;
}

export function createOverlay(tooltips: Tooltips): MapLibreOverlay {
  return new MapLibreOverlay({
    interleaved: true,
    layers: [],
    getTooltip: (info) => {
      const object = info.object as unknown;
      if (!object) return null;
      const text = tooltips.county((object as CountyFeature).properties);
      return { text, style: { ...tooltipStyle, direction: tooltips.rtl() ? 'rtl' : 'ltr' } };
    },
  });
}

export interface DeckLayersInput {
  counties: CountyFeature[];
  fillColour: (properties: CountyProperties) => Rgb;
  colourKey: string;
  estimatedOutlines: CountyFeature[];
  regionOutlines: readonly object[];
  selectedCounty: CountyFeature | undefined;
  alertOutlines: CountyFeature[];
  highlighted: CountyFeature | undefined;
}

/** The map's deck.gl layers, bottom to top. */
export function buildLayers(input: DeckLayersInput): LayersList {
  return [
    createCountiesLayer({
      features: input.counties,
      fillColour: input.fillColour,
      colourKey: input.colourKey,
    }),
    createEstimatedLayer(input.estimatedOutlines),
    createRegionOutlineLayer(input.regionOutlines),
    createSelectionLayer(input.selectedCounty),
    createSelectionLayer(input.alertOutlines, 'county-alert', [225, 29, 72, 255]),
    createSelectionLayer(input.highlighted, 'county-highlight', [14, 99, 214, 255]),
  ];
}

export type DeckModule = typeof import('./deckOverlay.ts');
