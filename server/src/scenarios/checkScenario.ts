import { currentSet, type ScenarioProjectInput } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import type { Polarity } from '@tavazon/geo';
import { badRequest, notFound } from '../errors.ts';
import { needScore } from '../need/needScore.ts';

export interface ScenarioDefinition {
  province: string;
  period?: string | undefined;
  indicators: string[];
  weights: number[] | 'entropy';
  method: 'topsis' | 'weighted-sum';
  polarities?: Record<string, Polarity> | undefined;
}

/**
 * The need score a scenario names must be computable on its province (known indicators with values,
 * usable weights and directions): the need score itself is the check, so a scenario is refused exactly
 * where the workspace would fail to show it (400/404/422 naming `indicators`, `weights`, …).
 */
export async function checkDefinition(sql: Sql, d: ScenarioDefinition) {
  await needScore(sql, { ...d, set: currentSet });
}

/**
 * Every proposed project's county must be a county of the province on the current boundaries, and its
 * sector a known one: 400/404 naming `projects` (the message gives the row), before anything is written.
 */
export async function checkProjects(sql: Sql, province: string, projects: readonly ScenarioProjectInput[]) {
  if (projects.length === 0) return;
  const codes = [...new Set(projects.map((p) => p.county))];
  const counties = await sql<{ code: string; province_code: string }[]>`
    SELECT code, province_code FROM admin_unit
    WHERE boundary_set = ${currentSet} AND level = 'county' AND code IN ${sql(codes)}`;
  const provinceOf = new Map(counties.map((c) => [c.code, c.province_code]));
  for (const [index, p] of projects.entries()) {
    const at = provinceOf.get(p.county);
    if (at === undefined) {
      throw notFound(
        'county.not_found',
        { county: p.county, set: currentSet },
        `projects.${index}.county: no county ${p.county} in the current boundaries`,
        'projects',
      );
    }
    if (at !== province) {
      throw badRequest(
        'scenario.county_outside',
        { county: p.county, province, index },
        `projects.${index}.county: county ${p.county} is in ${at}, not in the scenario's province ${province}`,
        'projects',
      );
    }
  }
  const sectors = [...new Set(projects.map((p) => p.sector))];
  const known = await sql<{ code: string }[]>`SELECT code FROM sector WHERE code IN ${sql(sectors)}`;
  const unknown = sectors.filter((s) => !known.some((k) => k.code === s));
  if (unknown.length > 0) {
    const index = projects.findIndex((p) => p.sector === unknown[0]);
    throw badRequest(
      'sector.unknown',
      { sectors: unknown },
      `projects.${index}.sector: unknown sector ${unknown.join(', ')}`,
      'projects',
    );
  }
}
