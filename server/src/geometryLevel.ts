import { detailForZoom, digitsForZoom } from '@tavazon/data';

/** Which stored generalisation and how many decimals of GeoJSON a map at `zoom` needs. */
export function geometryLevel(zoom: number) {
  return { detail: detailForZoom(zoom), digits: digitsForZoom(zoom) };
}
