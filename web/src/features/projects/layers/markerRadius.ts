/**
 * Marker radius in pixels: small over the whole country, where a county's projects crowd one spot, larger
 * up close. The spread of markers sharing a spot (spreadPositions) uses a little more than a diameter.
 */
export function markerRadius(zoom: number): number {
  return zoom < 6 ? 3.5 : zoom < 8 ? 5 : 6;
}
