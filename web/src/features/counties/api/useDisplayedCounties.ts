import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { IndicatorChoice } from '../../indicators/api/indicators.ts';
import { type CountyFeature, countiesQuery } from './counties.ts';

/** The set drawn when no indicator is chosen: where the projects are recorded. */
export const defaultSet = 'current';

// Zoom levels asked of the API: the national overview, and a focused province up close.
const overviewZoom = 5;
const provinceZoom = 8;

/**
 * The counties the map draws: the whole country at overview detail, with the focused province (the one at
 * the map centre once zoomed in) swapped for its detailed boundaries as soon as they arrive.
 */
export function useDisplayedCounties(choice: IndicatorChoice | null, focusProvince: string | null) {
  const set = choice?.set ?? defaultSet;
  const indicator = choice?.code;
  const period = choice?.period;
  const national = useQuery(countiesQuery({ set, zoom: overviewZoom, indicator, period }));
  const detail = useQuery({
    ...countiesQuery({ set, zoom: provinceZoom, province: focusProvince ?? undefined, indicator, period }),
    enabled: focusProvince !== null,
  });

  const nationalFeatures = national.data?.features;
  const detailFeatures = focusProvince !== null ? detail.data?.features : undefined;
  const features = useMemo<CountyFeature[]>(() => {
    if (!nationalFeatures) return [];
    if (!detailFeatures || detailFeatures.length === 0) return nationalFeatures;
    const detailed = new Set(detailFeatures.map((f) => f.properties.province));
    return [...nationalFeatures.filter((f) => !detailed.has(f.properties.province)), ...detailFeatures];
  }, [nationalFeatures, detailFeatures]);

  return {
    set,
    features,
    /** Class breaks come from the national figures only, so colours do not shift while zooming. */
    nationalFeatures: nationalFeatures ?? [],
    isLoading: national.isPending,
    isLoadingDetail: focusProvince !== null && detail.isFetching,
    error: national.error ?? detail.error,
    refetch: () => {
      void national.refetch();
      if (focusProvince !== null) void detail.refetch();
    },
  };
}
