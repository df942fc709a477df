import { detailForZoom, digitsForZoom } from '@tavazon/data';

/** Which stored generalisation and how many decimals a map at `zoom` needs (null detail: full geometry). */
export function geometryLevel(zoom: number) {
  return { detail: detailForZoom(zoom), digits: digitsForZoom(zoom) };
}
