import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { currentSet, type NeedRequest } from '@tavazon/contract';
import { useMemo } from 'react';
import { coverageQuery, gapQuery, stabilityQuery } from './api/workspace.ts';
import { stateWeights, type WorkspaceState } from './workspaceState.ts';

/** Dirichlet draws of the rank stability shown beside the table (seeded: the same answer every time). */
export const stabilityDraws = 1000;

/** "Among the neediest": the top tenth of the scope, at least three counties. */
export const topKOf = (counties: number) => Math.max(3, Math.round(counties / 10));

/** The need request of the workspace's state: directions only for the criteria chosen. */
export function needRequest(state: WorkspaceState): NeedRequest {
  const polarities = Object.fromEntries(
    Object.entries(state.polarities).filter(([code]) => state.indicators.includes(code)),
  );
  return {
    set: currentSet,
    ...(state.province ? { province: state.province } : {}),
    indicators: state.indicators,
    weights: stateWeights(state),
    method: state.method,
    ...(Object.keys(polarities).length ? { polarities } : {}),
  };
}

/**
 * The workspace's data on the current boundaries: the gap (need score joined with coverage), the rank
 * stability of the need score (computed by the server on a worker thread) and the coverage of the scope.
 */
export function useWorkspace(state: WorkspaceState, signedIn: boolean, seed: number) {
  const request = useMemo(() => needRequest(state), [state]);
  const ready = signedIn && state.indicators.length > 0;
  const gap = useQuery({ ...gapQuery(request), enabled: ready, placeholderData: keepPreviousData });
  // Not the previous scope's answer shown meanwhile: its count would give another scope's top k.
  const counties = gap.isPlaceholderData ? 0 : (gap.data?.units.length ?? 0);
  const topK = topKOf(counties);
  const stability = useQuery({
    ...stabilityQuery(request, { draws: stabilityDraws, seed, topK }),
    enabled: ready && counties >= topK,
    placeholderData: keepPreviousData,
  });
  const coverage = useQuery({ ...coverageQuery(currentSet, state.province), enabled: signedIn });
  return { request, gap, stability, coverage, topK };
}

export type WorkspaceData = ReturnType<typeof useWorkspace>;
