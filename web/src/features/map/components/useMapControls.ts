import { AttributionControl, type Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import { useEffect } from 'react';
import { toPersianDigits } from '../../i18n/digits.ts';
import type { Lang } from '../../i18n/messages.ts';

/**
 * Zoom buttons on the inline-end side, away from the side panel; scale and attribution (OpenStreetMap and
 * the census source) on the inline-start side, away from the legend. They move when the direction flips.
 * MapLibre's own words (the zoom buttons' names, the scale's units, the canvas's name) come from `locale`;
 * the scale writes its number with Latin digits, which the Persian map turns into Persian ones.
 */
export function useMapControls(
  map: MapLibreMap | undefined,
  lang: Lang,
  attribution: string[],
  locale: Record<string, string>,
): void {
  useEffect(() => {
    if (!map) return;
    // The controls read these when added (and the scale on every move): set before adding them.
    Object.assign(map._locale, locale);
    map.getCanvas().setAttribute('aria-label', locale['Map.Title'] ?? 'Map');
    const end = lang === 'fa' ? 'left' : 'right';
    const start = lang === 'fa' ? 'right' : 'left';
    const navigation = new NavigationControl({ showCompass: false });
    const scale = new ScaleControl({ unit: 'metric' });
    const credits = new AttributionControl({ compact: false, customAttribution: attribution });
    map.addControl(navigation, `top-${end}`);
    map.addControl(credits, `bottom-${start}`);
    map.addControl(scale, `bottom-${start}`);
    const scaleBox = map.getContainer().querySelector<HTMLElement>('.maplibregl-ctrl-scale');
    let digits: MutationObserver | undefined;
    if (scaleBox && lang === 'fa') {
      const persian = () => {
        const text = scaleBox.textContent ?? '';
        const converted = toPersianDigits(text, { decimal: true });
        if (converted !== text) scaleBox.textContent = converted;
      };
      persian();
      digits = new MutationObserver(persian);
      digits.observe(scaleBox, { childList: true, characterData: true, subtree: true });
    }
    return () => {
      digits?.disconnect();
      map.removeControl(navigation);
      map.removeControl(credits);
      map.removeControl(scale);
    };
  }, [map, lang, attribution, locale]);
}
