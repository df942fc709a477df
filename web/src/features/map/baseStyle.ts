import type { StyleSpecification } from 'maplibre-gl';

/**
 * The default map is fully offline: no tiles, sprites or glyph server. Omitting `glyphs` makes MapLibre draw
 * every label locally from the `text-font` names, with the bundled Vazirmatn registered in fonts.ts.
 * Set VITE_BASEMAP_STYLE_URL at build time to put our layers over a basemap instead (for example a
 * self-hosted vector-tile style); that style then brings its own sources and attribution.
 */
export const basemapStyleUrl: string | undefined = import.meta.env.VITE_BASEMAP_STYLE_URL || undefined;

export const seaAndNeighboursColour = '#dfe6ea';
export const landColour = '#f6f3ec';

export const offlineStyle: StyleSpecification = {
  version: 8,
  name: 'Tavazon offline',
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': seaAndNeighboursColour } }],
};

/** Roughly Iran's extent, for the first view and the "whole country" reset. */
export const iranBounds: [[number, number], [number, number]] = [
  [44.0, 25.0],
  [63.4, 39.8],
];
