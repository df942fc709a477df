import { useEffect, useRef } from 'react';
import { type Bbox, bbox } from '../counties/geometry/bbox.ts';
import type { ProvinceCollection } from '../provinces/api/provinces.ts';

// Read before MapLibre writes its own `map=` into the hash: only a link that carried a view keeps it.
export const linkHadView = window.location.hash.includes('map=');

/** Brings a scope (a province, or the whole country) into view when it changes: the analysis's, the registry's. */
export function useScopeFlyTo(
  province: string | null,
  provinceFeatures: ProvinceCollection['features'] | undefined,
  setFlyTo: (flyTo: { bbox: Bbox }) => void,
) {
  const lastScope = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (!provinceFeatures) return;
    if (lastScope.current === province) return;
    const first = lastScope.current === undefined;
    lastScope.current = province;
    // A restored link keeps MapLibre's own view from the hash.
    if (first && linkHadView) return;
    const feature = provinceFeatures.find((f) => f.properties.code === province);
    if (feature) setFlyTo({ bbox: bbox(feature.geometry) });
    else if (!first) setFlyTo({ bbox: [44, 25, 63.3, 39.8] });
  }, [province, provinceFeatures, setFlyTo]);
}
