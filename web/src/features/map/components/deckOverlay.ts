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
import type { ProjectFeature } from '../../projects/api/types.ts';
import { createProjectsLayer } from '../../projects/layers/projectsLayer.ts';
import { projectsLayerId } from '../layers/deckIds.ts';

// deck.gl (≈ 216 KB gzipped) in a chunk of its own, loaded once MapLibre has drawn the counties with its own
// fill (MapView): on a slow link the map shows its colours without waiting for it. It then takes over the
// choropleth, and brings the outlines, the project markers, hover highlights and tooltips.

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
  project: (project: ProjectFeature) => string;
  rtl: () => boolean;
}

export function createOverlay(tooltips: Tooltips): MapLibreOverlay {
  return new MapLibreOverlay({
    interleaved: true,
    layers: [],
    getTooltip: (info) => {
      const object = info.object as unknown;
      if (!object) return null;
      const text =
        info.layer?.id === projectsLayerId
          ? tooltips.project(object as ProjectFeature)
          : tooltips.county((object as CountyFeature).properties);
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
  projects: ProjectFeature[];
  positions: Map<number, [number, number]>;
  zoom: number;
  selectedProjectId: number | null;
  radius: number;
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
    createProjectsLayer({
      projects: input.projects,
      positions: input.positions,
      positionsKey: input.zoom,
      selectedId: input.selectedProjectId,
      radius: input.radius,
    }),
  ];
}

export type DeckModule = typeof import('./deckOverlay.ts');
