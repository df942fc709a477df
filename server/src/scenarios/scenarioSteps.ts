import { currentSet, type scenarioStepInput } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import type { z } from 'zod';
import type { SessionUser } from '../auth/sessions.ts';
import { badRequest } from '../errors.ts';
import { assertMayEditIn } from '../projects/provinceScope.ts';
import { recordAs } from '../projects/recordAs.ts';
import { readScenario } from './readScenario.ts';
import { lockScenario, underLock } from './scenarioLock.ts';
import { assertMayDecide } from './scenarioRights.ts';

type StepInput = z.output<typeof scenarioStepInput>;

/** A planner of the province (or an admin) submits a draft or a returned scenario for approval. */
export async function submitScenario(sql: Sql, user: SessionUser, id: number, input: StepInput) {
  const current = await readScenario(sql, id, user);
  assertMayEditIn(user, current.province, 'the scenario', 'province');
  if (current.projects.length === 0) {
    throw badRequest(
      'field.invalid',
      { field: 'projects', path: 'projects', issue: 'too_small', minimum: 1, origin: 'array' },
      'projects: a scenario needs at least one proposed project before it is submitted',
      'projects',
    );
  }
  await underLock(sql, user, id, async (tx) => {
    await lockScenario(tx, id, input.updated_at, 'submit', ['draft', 'returned']);
    await step(tx, id, 'submitted', user.id, input.note);
  });
}

/** An approver of the province (or an admin) sends a submitted scenario back with a note saying why. */
export async function returnScenario(sql: Sql, user: SessionUser, id: number, input: StepInput) {
  const current = await readScenario(sql, id, user);
  assertMayDecide(user, current.province);
  if (!input.note) {
    throw badRequest('scenario.note_required', {}, 'note: say why the scenario is returned', 'note');
  }
  await underLock(sql, user, id, async (tx) => {
    await lockScenario(tx, id, input.updated_at, 'return', ['submitted']);
    await step(tx, id, 'returned', user.id, input.note);
  });
}

/**
 * An approver of the province (or an admin) approves a submitted scenario. In the same transaction
 * every proposed project enters the registry — status `approved`, placed inside its county (county
 * precision), unpublished, linked to the scenario, with a history entry of action `scenario` whose note
 * names the scenario — so an approval is all or nothing.
 */
export async function approveScenario(sql: Sql, user: SessionUser, id: number, input: StepInput) {
  const current = await readScenario(sql, id, user);
  assertMayDecide(user, current.province);
  await underLock(sql, user, id, async (tx) => {
    const locked = await lockScenario(tx, id, input.updated_at, 'approve', ['submitted']);
    const note = `scenario «${locked.name}» (#${id}) approved${input.note ? `: ${input.note}` : ''}`;
    await recordAs(tx, user.id, 'scenario', note.slice(0, 2000));
    const proposed = await tx<{ position: number }[]>`
      SELECT position FROM scenario_project WHERE scenario_id = ${id} ORDER BY position`;
    // One by one, so each new id is known to belong to its row.
    for (const { position } of proposed) {
      const [made] = await tx<{ id: number }[]>`
        INSERT INTO project (title_fa, title_en, sector, status, location, location_precision, investment,
                             investment_unit, expected_jobs, source_document, scenario_id)
        SELECT sp.title_fa, sp.title_en, sp.sector, 'approved', ST_PointOnSurface(c.geom), 'county', sp.investment,
               CASE WHEN sp.investment IS NULL THEN NULL ELSE 'IRR-billion' END, sp.expected_jobs,
               ${`scenario «${locked.name}» (#${id})`}, sp.scenario_id
        FROM scenario_project sp
        JOIN admin_unit c ON c.boundary_set = ${currentSet} AND c.level = 'county' AND c.code = sp.county_code
        WHERE sp.scenario_id = ${id} AND sp.position = ${position}
        RETURNING id::int AS id`;
      await tx`UPDATE scenario_project SET project_id = ${made!.id} WHERE scenario_id = ${id} AND position = ${position}`;
    }
    await step(tx, id, 'approved', user.id, input.note);
  });
}

async function step(
  tx: Sql,
  id: number,
  action: 'submitted' | 'approved' | 'returned',
  actor: number,
  note: string | undefined,
) {
  await tx`UPDATE scenario SET status = ${action}, updated_at = clock_timestamp() WHERE id = ${id}`;
  await tx`
    INSERT INTO scenario_step (scenario_id, action, actor_id, note)
    VALUES (${id}, ${action}, ${actor}, ${note ?? null})`;
}
