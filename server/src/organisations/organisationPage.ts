import type { OrganisationPage } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import { projectVisible } from '../queries/projectFeatures.ts';
import { decisionRows } from '../review/decisionRows.ts';
import { oneOrganisation } from './organisationStore.ts';

/**
 * An organisation's page: the projects it executes or supports (as this audience may see them) and, for
 * signed-in users, its open decisions with their deadlines and every change of it.
 */
export async function organisationPage(
  sql: Sql,
  id: number,
  audience: { internal: boolean },
  today: string,
): Promise<OrganisationPage> {
  const organisation = await oneOrganisation(sql, id);
  const projects = await sql<OrganisationPage['projects']>`
    SELECT p.id::int AS id, p.title_fa, p.title_en, p.status,
      CASE WHEN p.executing_org_id = ${id} THEN 'executing' ELSE 'supporting' END AS role,
      c.name_fa AS county_name_fa, c.name_en AS county_name_en
    FROM project p JOIN admin_unit c ON c.id = p.county_id
    WHERE (p.executing_org_id = ${id} OR ${id} = ANY (p.supporting_org_ids))
      AND ${projectVisible(sql, {}, audience)}
    ORDER BY role, p.title_fa`;
  if (!audience.internal) return { organisation, projects };
  const decisions = await decisionRows(sql, { organisation: id, openOnly: true }, today);
  const changes = await sql<NonNullable<OrganisationPage['changes']>>`
    SELECT c.id::int AS id, c.action, COALESCE(u.display_name, u.username) AS actor, c.at, c.changes
    FROM review_change c LEFT JOIN app_user u ON u.id = c.actor_id
    WHERE c.entity = 'organisation' AND c.entity_id = ${id}
    ORDER BY c.id`;
  return { organisation, projects, decisions, changes };
}
