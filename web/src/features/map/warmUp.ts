import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/**
 * Starts the map engine's downloads from the entry, before React has rendered anything. Otherwise they
 * form a chain over a slow link: the entry runs, React renders the map area, that requests the map chunk,
 * which once run creates MapLibre, which only then asks for its worker (≈ 120 KB gzipped, the last thing
 * the first draw waited for). The worker is fetched into the HTTP cache (assets are immutable), where the
 * module worker MapLibre starts later finds it; the map chunk is the same module MapArea loads lazily.
 * Not a `<link rel=modulepreload>` in index.html: that would make the shell itself wait for ≈ 300 KB.
 */
export function warmUpMapEngine(): void {
  void import('./components/MapView.tsx').catch(() => undefined);
  void fetch(workerUrl, { credentials: 'same-origin' })
    .then((response) => response.arrayBuffer())
    .catch(() => undefined);
}
