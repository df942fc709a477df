import type { Sql } from '@tavazon/data';
import type { Client } from './accounts.ts';
import { uniqueName } from './accounts.ts';

// Scenario bodies for the workspace and security tests: Zanjan (IR-19), whose current counties are few.

export const ZANJAN = 'IR-19';
export const needCriteria = [
  'unemployment_rate',
  'female_unemployment_rate',
  'higher_education_share',
  'dependency_ratio',
];

/** The current counties of a province, in code order. */
export async function countiesOf(sql: Sql, province: string) {
  return sql<{ code: string; name_fa: string }[]>`
    SELECT code, name_fa FROM admin_unit
    WHERE boundary_set = 'current' AND level = 'county' AND province_code = ${province}
    ORDER BY code`;
}

/** A valid scenario body proposing one project in each county given. */
export const scenarioBody = (counties: readonly string[], extra: Record<string, unknown> = {}) => ({
  name: uniqueName('سناریوی آزمون'),
  province: ZANJAN,
  indicators: needCriteria,
  weights: 'entropy',
  method: 'topsis',
  seed: 7,
  projects: counties.map((county, i) => ({
    county,
    title_fa: uniqueName(`پروژهٔ پیشنهادی ${i + 1}`),
    sector: 'agriculture',
    investment: 100 * (i + 1),
    expected_jobs: 20 * (i + 1),
  })),
  ...extra,
});

/** A scenario made and submitted by `client` (an admin or a planner of Zanjan); answers its body. */
export async function submittedScenario(client: Client, counties: readonly string[]) {
  const made = await client.post('/api/scenarios', scenarioBody(counties));
  if (made.status !== 201) throw new Error(`scenario not made: ${made.status} ${made.text.slice(0, 300)}`);
  const sent = await client.post(`/api/scenarios/${made.body.id}/submit`, {
    updated_at: made.body.updated_at,
  });
  if (sent.status !== 200)
    throw new Error(`scenario not submitted: ${sent.status} ${sent.text.slice(0, 300)}`);
  return sent.body;
}
