import type { CreateProjectInput } from '@tavazon/contract';
import { projectCoherence } from '@tavazon/contract';
import { type Sql, transaction } from '@tavazon/data';
import type { SessionUser } from '../auth/sessions.ts';
import { badRequest, type HttpError } from '../errors.ts';
import { checkOrganisations } from '../review/references.ts';
import { insertProjects } from './insertProjects.ts';
import { assertMayEditIn } from './provinceScope.ts';
import { recordAs } from './recordAs.ts';

/** Rules that span fields: the database has the same ones; these only give a message that names the field. */
export function coherenceError(p: Parameters<typeof projectCoherence>[0]): HttpError | null {
  const [broken] = projectCoherence(p);
  if (!broken) return null;
  if (broken.code === 'field.requires') {
    const { field, requires } = broken;
    return badRequest('field.requires', { field, requires }, `${field}: is required with ${requires}`, field);
  }
  const { start, end } = broken;
  return badRequest(
    'project.end_before_start',
    { start, end },
    `end_date: ${end} is before start_date ${start}`,
    'end_date',
  );
}

export function checkProjectCoherence(p: Parameters<typeof projectCoherence>[0]) {
  const broken = coherenceError(p);
  if (broken) throw broken;
}

export async function requireSector(sql: Sql, sector: string) {
  const [row] = await sql`SELECT 1 FROM sector WHERE code = ${sector}`;
  if (!row)
    throw badRequest('sector.unknown', { sectors: [sector] }, `sector: unknown sector ${sector}`, 'sector');
}

/** The organisations a project names must exist (the supporting list has no foreign key). */
export async function checkProjectOrganisations(
  sql: Sql,
  p: { executing_org_id?: number | null | undefined; supporting_org_ids?: number[] | undefined },
) {
  if (p.executing_org_id) await checkOrganisations(sql, 'executing_org_id', [p.executing_org_id]);
  if (p.supporting_org_ids) await checkOrganisations(sql, 'supporting_org_ids', p.supporting_org_ids);
}

/**
 * A new project, version 1 in its history. The trigger places it in its county (a point outside every
 * county is a 400 on `location`); a planner's provinces are checked on that county inside the
 * transaction, so a refused project leaves nothing behind.
 */
export async function createProject(sql: Sql, user: SessionUser, input: CreateProjectInput): Promise<number> {
  checkProjectCoherence(input);
  await requireSector(sql, input.sector);
  await checkProjectOrganisations(sql, input);
  const { note, ...project } = input;
  return transaction(sql, async (tx) => {
    await recordAs(tx, user.id, 'created', note);
    const [row] = await insertProjects(tx, [project]);
    assertMayEditIn(user, row!.province_code, 'this location');
    return row!.id;
  });
}
