import { type Sql, transaction } from '@tavazon/data';
import type { SessionUser } from '../auth/sessions.ts';
import { badRequest } from '../errors.ts';
import { insertProjects } from './insertProjects.ts';
import type { CreateProjectInput } from './projectInput.ts';
import { assertMayEditIn } from './provinceScope.ts';
import { recordAs } from './recordAs.ts';

/** Rules that span fields: the database has the same ones; these only give a message that names the field. */
export function checkProjectCoherence(p: {
  investment?: number | null | undefined;
  investment_unit?: string | null | undefined;
  start_date?: string | null | undefined;
  end_date?: string | null | undefined;
}) {
  if (p.investment != null && p.investment_unit == null) {
    throw badRequest('investment_unit: is required with investment', 'investment_unit');
  }
  if (p.start_date && p.end_date && p.end_date < p.start_date) {
    throw badRequest(`end_date: ${p.end_date} is before start_date ${p.start_date}`, 'end_date');
  }
}

export async function requireSector(sql: Sql, sector: string) {
  const [row] = await sql`SELECT 1 FROM sector WHERE code = ${sector}`;
  if (!row) throw badRequest(`sector: unknown sector ${sector}`, 'sector');
}

/**
 * A new project, version 1 in its history. The trigger places it in its county (a point outside every
 * county is a 400 on `location`); a planner's provinces are checked on that county inside the
 * transaction, so a refused project leaves nothing behind.
 */
export async function createProject(sql: Sql, user: SessionUser, input: CreateProjectInput): Promise<number> {
  checkProjectCoherence(input);
  await requireSector(sql, input.sector);
  const { note, ...project } = input;
  return transaction(sql, async (tx) => {
    await recordAs(tx, user.id, 'created', note);
    const [row] = await insertProjects(tx, [project]);
    assertMayEditIn(user, row!.province_code, 'this location');
    return row!.id;
  });
}
