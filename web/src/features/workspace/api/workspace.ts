import { queryOptions } from '@tanstack/react-query';
import type {
  Coverage,
  Gap,
  NeedRequest,
  ProvinceBand,
  Scenario,
  ScenarioComparison,
  ScenarioFigures,
  ScenarioInput,
  ScenarioSummary,
  ScenarioUpdate,
  Stability,
} from '@tavazon/contract';
import { fetchJson, sendJson, withQuery } from '../../../shared/api/fetchJson.ts';

export type {
  Band,
  BandPosition,
  CountyCoverage,
  Coverage,
  Gap,
  GapUnit,
  NeedRequest,
  ProvinceBand,
  Scenario,
  ScenarioComparison,
  ScenarioCounty,
  ScenarioFigures,
  ScenarioInput,
  ScenarioProjectInput,
  ScenarioSide,
  ScenarioSummary,
  Stability,
  StabilityUnit,
} from '@tavazon/contract';

// The officials' workspace: coverage against the band, the need score's gap and rank stability, and the
// scenarios with their approval steps (docs/api.md, "Coverage of each county" and "Scenarios").

const post = <T>(path: string, body: unknown) => sendJson<T>('POST', path, body) as Promise<T>;

export function coverageQuery(set: string, province: string | null) {
  return queryOptions({
    queryKey: ['coverage', set, province],
    queryFn: ({ signal }) => fetchJson<Coverage>(withQuery('/api/coverage', { set, province }), signal),
  });
}

export const bandsQuery = queryOptions({
  queryKey: ['coverage-bands'],
  queryFn: ({ signal }) => fetchJson<ProvinceBand[]>('/api/coverage/bands', signal),
});

export function gapQuery(request: NeedRequest) {
  return queryOptions({
    queryKey: ['need-gap', request],
    queryFn: () => post<Gap>('/api/need/gap', request),
    staleTime: 60_000,
  });
}

export interface StabilityOptions {
  draws: number;
  seed: number;
  topK: number;
}

export function stabilityQuery(request: NeedRequest, options: StabilityOptions) {
  return queryOptions({
    queryKey: ['need-stability', request, options],
    queryFn: () => post<Stability>('/api/need/stability', { ...request, ...options }),
    staleTime: 5 * 60_000,
  });
}

export function scenariosQuery(province: string | null) {
  return queryOptions({
    queryKey: ['scenarios', province],
    queryFn: ({ signal }) => fetchJson<ScenarioSummary[]>(withQuery('/api/scenarios', { province }), signal),
  });
}

export function scenarioQuery(id: number) {
  return queryOptions({
    queryKey: ['scenario', id],
    queryFn: ({ signal }) => fetchJson<Scenario>(`/api/scenarios/${id}`, signal),
  });
}

export function figuresQuery(id: number) {
  return queryOptions({
    queryKey: ['scenario-figures', id],
    queryFn: ({ signal }) => fetchJson<ScenarioFigures>(`/api/scenarios/${id}/figures`, signal),
  });
}

export function comparisonQuery(a: number, b: number) {
  return queryOptions({
    queryKey: ['scenario-comparison', a, b],
    queryFn: ({ signal }) =>
      fetchJson<ScenarioComparison>(withQuery('/api/scenarios/compare', { a, b }), signal),
  });
}

export const createScenario = (input: ScenarioInput) => post<Scenario>('/api/scenarios', input);

export const updateScenario = (id: number, update: ScenarioUpdate) =>
  sendJson<Scenario>('PATCH', `/api/scenarios/${id}`, update) as Promise<Scenario>;

export type ScenarioStep = 'submit' | 'approve' | 'return';

export const stepScenario = (id: number, step: ScenarioStep, updated_at: string, note?: string) =>
  post<Scenario>(`/api/scenarios/${id}/${step}`, { updated_at, ...(note ? { note } : {}) });

export const setBand = (province: string, min: number, max: number) =>
  sendJson<ProvinceBand>('PATCH', `/api/coverage/bands/${province}`, { min, max }) as Promise<ProvinceBand>;
