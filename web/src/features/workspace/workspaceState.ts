import type { CompositeMethod } from '@tavazon/contract';

/** What the map of the workspace shows. */
export const workspaceMaps = ['gap', 'coverage', 'stability'] as const;
export type WorkspaceMap = (typeof workspaceMaps)[number];

/** The workspace's state, kept in the page's address (app/routing/search.ts). */
export interface WorkspaceState {
  /** The province in scope, or null for the whole country. */
  province: string | null;
  indicators: string[];
  /** 'entropy' or typed weights, comma-separated in criterion order. */
  weights: string;
  method: CompositeMethod;
  polarities: Record<string, 'higher_better' | 'higher_worse'>;
  map: WorkspaceMap;
  /** The scenario open in the side panel (0: a new one is drafted), null: none. */
  scenario: number | null;
  /** A second scenario shown beside it. */
  compare: number | null;
}

export const defaultWorkspaceState: WorkspaceState = {
  province: null,
  indicators: ['unemployment_rate', 'female_unemployment_rate', 'higher_education_share', 'dependency_ratio'],
  weights: 'entropy',
  method: 'topsis',
  polarities: {},
  map: 'gap',
  scenario: null,
  compare: null,
};

/** Typed weights of the state, or 'entropy'; a broken list falls back to equal weights. */
export function stateWeights(state: WorkspaceState): number[] | 'entropy' {
  if (state.weights === 'entropy') return 'entropy';
  const parts = state.weights.split(',').map(Number);
  return parts.length === state.indicators.length && parts.every((w) => Number.isFinite(w) && w >= 0)
    ? parts
    : state.indicators.map(() => 1);
}
