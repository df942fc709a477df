import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import type { Bbox } from '../../features/counties/geometry/bbox.ts';
import { linkHadView } from '../../features/map/useScopeFlyTo.ts';

/**
 * A county or project page opened from a link (not by a click in the app, which records the view it lies
 * over in the history entry) brings its place into view once it is known, unless the link names a view.
 */
export function useFlyToOnLink(extent: Bbox | undefined, flyTo: (target: { bbox: Bbox }) => void) {
  const fromLink = useRouterState({ select: (s) => s.location.state.view === undefined });
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !extent) return;
    done.current = true;
    if (fromLink && !linkHadView) flyTo({ bbox: extent });
  }, [extent, fromLink, flyTo]);
}
