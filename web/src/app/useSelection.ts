import { useCallback, useState } from 'react';
import type { CountyFeature } from '../features/counties/api/counties.ts';
import { type Bbox, bbox } from '../features/counties/geometry/bbox.ts';
import type { ProjectFeature } from '../features/projects/api/types.ts';

export interface CountySelection {
  feature: CountyFeature;
  /** The boundary set the county was picked on: its code means nothing on another set. */
  set: string;
}

/** The county and project shown in the side panel, and the extent the map should fly to. */
export function useSelection(countiesSet: string) {
  const [county, setCounty] = useState<CountySelection | null>(null);
  const [project, setProject] = useState<ProjectFeature | null>(null);
  const [flyTo, setFlyTo] = useState<{ bbox: Bbox } | null>(null);

  const onCountyClick = useCallback(
    (feature: CountyFeature) => {
      setCounty({ feature, set: countiesSet });
      setProject(null);
    },
    [countiesSet],
  );
  const onSearchPick = useCallback(
    (feature: CountyFeature) => {
      onCountyClick(feature);
      // A new object each time, so picking the same county again still brings it back into view.
      setFlyTo({ bbox: bbox(feature.geometry) });
    },
    [onCountyClick],
  );
  const closePanel = useCallback(() => {
    setCounty(null);
    setProject(null);
  }, []);

  return {
    county,
    setCounty,
    project,
    setProject,
    flyTo,
    setFlyTo,
    onCountyClick,
    onSearchPick,
    closePanel,
    panelOpen: county !== null || project !== null,
  };
}
