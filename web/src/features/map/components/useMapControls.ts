import { AttributionControl, type Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import { useEffect } from 'react';
import type { Lang } from '../../i18n/messages.ts';

/**
 * Zoom buttons on the inline-end side, away from the side panel; scale and attribution (OpenStreetMap and
 * the census source) on the inline-start side, away from the legend. They move when the direction flips.
 */
export function useMapControls(map: MapLibreMap | undefined, lang: Lang, attribution: string[]): void {
  useEffect(() => {
    if (!map) return;
    const end = lang === 'fa' ? 'left' : 'right';
    const start = lang === 'fa' ? 'right' : 'left';
    const navigation = new NavigationControl({ showCompass: false });
    const scale = new ScaleControl({ unit: 'metric' });
    const credits = new AttributionControl({ compact: false, customAttribution: attribution });
    map.addControl(navigation, `top-${end}`);
    map.addControl(credits, `bottom-${start}`);
    map.addControl(scale, `bottom-${start}`);
    return () => {
      map.removeControl(navigation);
      map.removeControl(credits);
      map.removeControl(scale);
    };
  }, [map, lang, attribution]);
}
