import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/**
 * MapLibre finds its worker next to its own module file, which is not where a bundler puts either of them;
 * pointing it at the bundled worker keeps the map working from our own origin, offline.
 *
 * Right-to-left text: MapLibre 6 shapes Arabic-script letters and reorders bidirectional text itself, and
 * marks `setRTLTextPlugin` deprecated (a plugin set there replaces the built-in code). So no plugin is
 * registered; labels are drawn with the built-in shaping and the locally registered Vazirmatn (fonts.ts).
 */
export function setupMapLibre(): void {
  setWorkerUrl(workerUrl);
}
