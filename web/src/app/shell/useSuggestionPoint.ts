import { useEffect, useMemo, useState } from 'react';
import type { PointPick } from '../../features/suggestions/components/SuggestionForm.tsx';
import type { ShellRoute } from '../routing/views.ts';

/**
 * The point a visitor's suggestion may name: while they pick it, the map takes clicks for it (the shell
 * turns this into the map's `pickLocation`). Leaving the page forgets it: it belonged to that place.
 */
export function useSuggestionPoint(
  route: ShellRoute,
): PointPick & { set: (point: [number, number]) => void } {
  const [state, setState] = useState<{ point: [number, number] | null; picking: boolean }>({
    point: null,
    picking: false,
  });
  const routeKey =
    route.kind === 'county' ? `${route.set}/${route.code}` : route.kind === 'project' ? route.id : '';
  useEffect(() => {
    void routeKey;
    setState({ point: null, picking: false });
  }, [routeKey]);
  return useMemo(
    () => ({
      point: state.point,
      picking: state.picking,
      start: () => setState((s) => ({ ...s, picking: true })),
      clear: () => setState({ point: null, picking: false }),
      set: (point: [number, number]) => setState({ point, picking: true }),
    }),
    [state],
  );
}
