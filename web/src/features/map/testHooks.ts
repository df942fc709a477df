import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * A small, stable handle for the browser test (and for support staff in the console): where a place is on
 * the page, and moving the camera, without the test depending on MapLibre internals or pixel guesses.
 */
export interface TavazonTestHooks {
  projectToScreen: (lngLat: [number, number]) => { x: number; y: number };
  jumpTo: (center: [number, number], zoom: number) => void;
  isIdle: () => boolean;
  layersOrder: () => string[];
}

declare global {
  interface Window {
    __tavazon?: TavazonTestHooks;
  }
}

export function installTestHooks(map: MapLibreMap): () => void {
  window.__tavazon = {
    projectToScreen: (lngLat) => {
      const point = map.project(lngLat);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + point.x, y: rect.top + point.y };
    },
    jumpTo: (center, zoom) => {
      map.jumpTo({ center, zoom });
    },
    isIdle: () => map.loaded() && !map.isMoving(),
    layersOrder: () => map.getLayersOrder(),
  };
  return () => {
    delete window.__tavazon;
  };
}
