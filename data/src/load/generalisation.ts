/**
 * The generalisation levels stored in `admin_unit_generalised`, coarse to fine, and which one (and how
 * many decimals of GeoJSON) each map zoom gets. The server imports `generalisationForZoom` so that the
 * loader and the API cannot disagree on what a detail level means.
 *
 * `minWeight` is the Visvalingam threshold in square degrees (a vertex whose triangle with its neighbours
 * is smaller goes); `minIslandArea` drops islands (rings sharing no border with anything) smaller than
 * that, unless that would leave the unit empty. Tuned with `measure-generalisation.ts` against the budgets:
 * all current counties at detail 0 ≤ 300 KB gzipped, one province's counties at detail 1 ≤ 60 KB.
 */
export const generalisationLevels = [
  // The whole country on one screen: a pixel is ≈ 0.04° at zoom 5, so 2 decimals are plenty.
  { detail: 0, maxZoom: 5, digits: 2, minWeight: 6e-5, minIslandArea: 1e-3 },
  // One province fills the screen (≈ 0.01° a pixel at zoom 7).
  { detail: 1, maxZoom: 7, digits: 3, minWeight: 1e-6, minIslandArea: 1e-4 },
  // A few counties (≈ 0.003° a pixel at zoom 9).
  { detail: 2, maxZoom: 9, digits: 4, minWeight: 1e-7, minIslandArea: 1e-6 },
  // Close up: near the source detail, only redundant vertices dropped (a pixel is ≤ 0.0014° at zoom ≥ 10).
  { detail: 3, maxZoom: Number.POSITIVE_INFINITY, digits: 5, minWeight: 1e-9, minIslandArea: 0 },
] as const;

export type GeneralisationLevel = (typeof generalisationLevels)[number];
export type Detail = GeneralisationLevel['detail'];

/** The stored detail level and the GeoJSON decimals (for `ST_AsGeoJSON(geom, digits)`) for a map zoom. */
export function generalisationForZoom(zoom: number): { detail: Detail; digits: number } {
  const z = Number.isFinite(zoom) ? Math.max(0, zoom) : 0;
  const level = generalisationLevels.find((l) => z <= l.maxZoom) ?? generalisationLevels[3];
  return { detail: level.detail, digits: level.digits };
}

export const detailForZoom = (zoom: number): Detail => generalisationForZoom(zoom).detail;
export const digitsForZoom = (zoom: number): number => generalisationForZoom(zoom).digits;
