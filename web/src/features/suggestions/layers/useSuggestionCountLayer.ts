import { useQuery } from '@tanstack/react-query';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo } from 'react';
import type { CountyFeature } from '../../counties/api/counties.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/messages.ts';
import { mapFontBold } from '../../map/fonts.ts';
import { suggestionCountsQuery } from '../api/suggestions.ts';

const sourceId = 'suggestion-counts';
const circleId = 'suggestion-count-circles';
const textId = 'suggestion-count-labels';

/**
 * The published suggestions of each county as a numbered disc at its label point, a MapLibre layer over
 * everything else while `visible`. The count is written by us (Persian digits in fa), not by the style.
 */
export function useSuggestionCountLayer(
  map: MapLibreMap | null,
  counties: readonly CountyFeature[],
  set: string,
  visible: boolean,
  lang: Lang,
) {
  const counts = useQuery({ ...suggestionCountsQuery(set), enabled: visible });
  const data = useMemo(() => {
    const byCode = new Map(counts.data?.counties.map((c) => [c.code, c.published]));
    const features = visible
      ? counties.flatMap((f) => {
          const n = byCode.get(f.properties.code);
          return n
            ? [
                {
                  type: 'Feature' as const,
                  geometry: { type: 'Point' as const, coordinates: f.properties.label },
                  properties: { code: f.properties.code, count: n, label: formatNumber(lang, n) },
                },
              ]
            : [];
        })
      : [];
    return { type: 'FeatureCollection' as const, features };
  }, [counts.data, counties, visible, lang]);

  useEffect(() => {
    if (!map) return;
    const apply = () => {
      const source = map.getSource(sourceId) as GeoJSONSource | undefined;
      if (source) {
        source.setData(data);
        return;
      }
      map.addSource(sourceId, { type: 'geojson', data });
      map.addLayer({
        id: circleId,
        type: 'circle',
        source: sourceId,
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['get', 'count'], 1, 10, 20, 18],
          'circle-color': '#6b21a8',
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      });
      map.addLayer({
        id: textId,
        type: 'symbol',
        source: sourceId,
        layout: {
          'text-field': ['get', 'label'],
          'text-font': [mapFontBold],
          'text-size': 12,
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': '#ffffff' },
      });
    };
    if (map.isStyleLoaded()) apply();
    else map.once('idle', apply);
  }, [map, data]);

  return { shown: data.features.length, loading: visible && counts.isPending };
}
