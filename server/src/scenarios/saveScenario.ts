import {
  currentSet,
  type Scenario,
  type ScenarioProjectInput,
  scenarioInput,
  type scenarioUpdate,
} from '@tavazon/contract';
import { type Sql, transaction } from '@tavazon/data';
import type { z } from 'zod';
import type { SessionUser } from '../auth/sessions.ts';
import { assertMayEditIn } from '../projects/provinceScope.ts';
import { issueError } from '../validate.ts';
import { checkDefinition, checkProjects } from './checkScenario.ts';
import { readScenario } from './readScenario.ts';
import { lockScenario, underLock } from './scenarioLock.ts';

type Input = z.output<typeof scenarioInput>;
type Update = z.output<typeof scenarioUpdate>;

/**
 * A new draft, with its projects and a `created` step, after checking that the user may draft in the
 * province, that its need score can be computed there and that its projects lie in the province.
 */
export async function createScenario(sql: Sql, user: SessionUser, input: Input): Promise<number> {
  assertMayEditIn(user, input.province, 'the scenario', 'province');
  await checkDefinition(sql, input);
  await checkProjects(sql, input.province, input.projects);
  return transaction(sql, async (tx) => {
    const [row] = await tx<{ id: number }[]>`
      INSERT INTO scenario (name, province_code, boundary_set, period, indicators, weights, polarities, method,
                            seed, created_by)
      VALUES (${input.name}, ${input.province}, ${currentSet}, ${input.period ?? null}, ${input.indicators}::text[],
              ${input.weights === 'entropy' ? null : input.weights}::float8[], ${tx.json(input.polarities ?? {})},
              ${input.method}, ${input.seed}, ${user.id})
      RETURNING id::int AS id`;
    await writeProjects(tx, row!.id, input.projects);
    await tx`INSERT INTO scenario_step (scenario_id, action, actor_id) VALUES (${row!.id}, 'created', ${user.id})`;
    return row!.id;
  });
}

/**
 * Saves an edit of a draft or returned scenario based on the `updated_at` the editor read: the fields
 * given replace the stored ones, and the whole is checked again as a new scenario would be. 409 when the
 * scenario changed meanwhile or is submitted or approved.
 */
export async function updateScenario(sql: Sql, user: SessionUser, id: number, input: Update) {
  const current = await readScenario(sql, id, user);
  assertMayEditIn(user, current.province, 'the scenario', 'province');
  const { updated_at, ...patch } = input;
  const period = patch.period ?? current.period ?? undefined;
  const indicators = patch.indicators ?? current.indicators;
  // Directions kept from before only for the criteria still chosen.
  const kept = Object.fromEntries(
    Object.entries(current.polarities).filter(([code]) => indicators.includes(code)),
  );
  const merged = scenarioInput.safeParse({
    name: patch.name ?? current.name,
    province: current.province,
    ...(period ? { period } : {}),
    indicators,
    weights: patch.weights ?? current.weights ?? 'entropy',
    method: patch.method ?? current.method,
    polarities: patch.polarities ?? kept,
    seed: patch.seed ?? current.seed,
    projects: patch.projects ?? current.projects.map(toInput),
  });
  if (!merged.success) throw issueError(merged.error, 'json');
  const next = merged.data;
  await checkDefinition(sql, next);
  await checkProjects(sql, next.province, next.projects);
  await underLock(sql, user, id, async (tx) => {
    await lockScenario(tx, id, updated_at, 'edit', ['draft', 'returned']);
    await tx`
      UPDATE scenario SET
        name = ${next.name}, period = ${next.period ?? null}, indicators = ${next.indicators}::text[],
        weights = ${next.weights === 'entropy' ? null : next.weights}::float8[],
        polarities = ${tx.json(next.polarities ?? {})},
        method = ${next.method}, seed = ${next.seed}, updated_at = clock_timestamp()
      WHERE id = ${id}`;
    if (patch.projects) {
      await tx`DELETE FROM scenario_project WHERE scenario_id = ${id}`;
      await writeProjects(tx, id, next.projects);
    }
    await tx`INSERT INTO scenario_step (scenario_id, action, actor_id) VALUES (${id}, 'edited', ${user.id})`;
  });
}

const toInput = (p: Scenario['projects'][number]): ScenarioProjectInput => ({
  county: p.county,
  title_fa: p.title_fa,
  title_en: p.title_en,
  sector: p.sector,
  investment: p.investment,
  expected_jobs: p.expected_jobs,
});

async function writeProjects(tx: Sql, id: number, projects: readonly ScenarioProjectInput[]) {
  if (projects.length === 0) return;
  const rows = projects.map((p, position) => ({
    position,
    county_code: p.county,
    title_fa: p.title_fa,
    title_en: p.title_en ?? null,
    sector: p.sector,
    investment: p.investment ?? null,
    expected_jobs: p.expected_jobs ?? null,
  }));
  await tx`
    INSERT INTO scenario_project (scenario_id, position, county_code, title_fa, title_en, sector, investment,
                                  expected_jobs)
    SELECT ${id}, r.position, r.county_code, r.title_fa, r.title_en, r.sector, r.investment, r.expected_jobs
    FROM json_to_recordset(${JSON.stringify(rows)}::text::json) AS r(
      position smallint, county_code text, title_fa text, title_en text, sector text, investment numeric,
      expected_jobs integer)`;
}
