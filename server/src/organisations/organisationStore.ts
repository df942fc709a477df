import type { CreateOrganisationInput, Organisation, UpdateOrganisationInput } from '@tavazon/contract';
import { type Sql, transaction } from '@tavazon/data';
import type { SessionUser } from '../auth/sessions.ts';
import { conflict, forbidden, notFound } from '../errors.ts';
import { assertMayEditIn } from '../projects/provinceScope.ts';
import { recordActor } from '../review/recordActor.ts';
import { isoToSolarDay } from '../review/solarDays.ts';

interface Row extends Omit<Organisation, 'patronages' | 'updated_at'> {
  updated_at: Date;
  patronages: (Organisation['patronages'][number] & { since: string; until: string | null })[];
}

export interface OrganisationFilter {
  id?: number;
  kind?: string | undefined;
  province?: string | undefined;
  /** Patrons of this county (current set) on `today` (ISO). */
  county?: string | undefined;
  today?: string;
}

/** Organisations with the counties they back, by Persian name. */
export async function listOrganisations(sql: Sql, f: OrganisationFilter): Promise<Organisation[]> {
  const rows = await sql<Row[]>`
    SELECT o.id::int AS id, o.name_fa, o.name_en, o.kind, o.province_code AS province, o.updated_at,
      coalesce((
        SELECT json_agg(json_build_object(
          'id', p.id, 'county', u.code, 'county_name_fa', u.name_fa, 'county_name_en', u.name_en,
          'province', u.province_code, 'since', p.since, 'until', p.until, 'note', p.note) ORDER BY p.since, p.id)
        FROM organisation_patronage p JOIN admin_unit u ON u.id = p.county_id
        WHERE p.organisation_id = o.id), '[]') AS patronages
    FROM organisation o
    WHERE true
      ${f.id !== undefined ? sql`AND o.id = ${f.id}` : sql``}
      ${f.kind ? sql`AND o.kind = ${f.kind}` : sql``}
      ${f.province ? sql`AND (o.province_code = ${f.province} OR o.province_code IS NULL)` : sql``}
      ${
        f.county
          ? sql`AND EXISTS (
              SELECT 1 FROM organisation_patronage p JOIN admin_unit u ON u.id = p.county_id
              WHERE p.organisation_id = o.id AND u.boundary_set = 'current' AND u.code = ${f.county}
                AND p.since <= ${f.today ?? null}::date AND (p.until IS NULL OR p.until >= ${f.today ?? null}::date))`
          : sql``
      }
    ORDER BY o.name_fa, o.id`;
  return rows.map((r) => ({
    ...r,
    updated_at: r.updated_at.toISOString(),
    patronages: r.patronages.map((p) => ({
      ...p,
      id: Number(p.id),
      since: isoToSolarDay(p.since),
      until: p.until ? isoToSolarDay(p.until) : null,
    })),
  }));
}

export async function oneOrganisation(sql: Sql, id: number): Promise<Organisation> {
  const [org] = await listOrganisations(sql, { id });
  if (!org) throw notFound('organisation.not_found', { id }, `organisation ${id} not found`, 'id');
  return org;
}

/** A province's organisation needs the right to edit there; a national one, an unrestricted editor. */
export function assertMayEditOrganisation(user: SessionUser, province: string | null) {
  if (province) return assertMayEditIn(user, province, 'the organisation', 'province');
  if (user.role === 'admin' || (user.role === 'planner' && user.provinces.length === 0)) return;
  throw forbidden(
    'organisation.national_needs_unlimited',
    {},
    'province: a national organisation needs an editor without a province limit',
    'province',
  );
}

export async function insertOrganisation(sql: Sql, user: SessionUser, input: CreateOrganisationInput) {
  return transaction(sql, async (tx) => {
    await recordActor(tx, user.id);
    const [row] = await tx<{ id: number }[]>`
      INSERT INTO organisation (name_fa, name_en, kind, province_code)
      VALUES (${input.name_fa}, ${input.name_en ?? null}, ${input.kind}, ${input.province ?? null})
      RETURNING id::int AS id`;
    return row!.id;
  });
}

export async function updateOrganisation(
  sql: Sql,
  user: SessionUser,
  id: number,
  input: UpdateOrganisationInput,
) {
  return transaction(sql, async (tx) => {
    const [cur] = await tx<{ province: string | null; updated_at: Date }[]>`
      SELECT province_code AS province, updated_at FROM organisation WHERE id = ${id} FOR UPDATE`;
    if (!cur) throw notFound('organisation.not_found', { id }, `organisation ${id} not found`, 'id');
    assertMayEditOrganisation(user, cur.province);
    if (input.province !== undefined) assertMayEditOrganisation(user, input.province);
    if (cur.updated_at.getTime() !== Date.parse(input.updated_at)) {
      throw conflict(
        'organisation.stale',
        { id },
        'updated_at: the organisation was changed by someone else meanwhile; reload it',
        'updated_at',
        { current: await oneOrganisation(tx, id) },
      );
    }
    await recordActor(tx, user.id);
    const { updated_at: _token, province, ...rest } = input;
    const set = { ...rest, ...(province !== undefined ? { province_code: province } : {}) };
    const columns = Object.keys(set) as (keyof typeof set)[];
    if (columns.length) {
      await tx`UPDATE organisation SET ${tx(set, ...columns)} WHERE id = ${id}`;
      // The projects' agency names follow the organisation's (a new version in their history).
      if (rest.name_fa !== undefined) {
        await tx`
          UPDATE project SET executing_org_id = executing_org_id
          WHERE executing_org_id = ${id} OR ${id} = ANY (supporting_org_ids)`;
      }
    }
  });
}

/** Deletes an organisation nothing names; otherwise 409 listing what does. */
export async function deleteOrganisation(sql: Sql, user: SessionUser, id: number) {
  await transaction(sql, async (tx) => {
    const [cur] = await tx<{ province: string | null }[]>`
      SELECT province_code AS province FROM organisation WHERE id = ${id} FOR UPDATE`;
    if (!cur) throw notFound('organisation.not_found', { id }, `organisation ${id} not found`, 'id');
    assertMayEditOrganisation(user, cur.province);
    const [uses] = await tx<
      { projects: number[]; decisions: number[]; meetings: number[]; patronages: number[] }[]
    >`
      SELECT
        ARRAY(SELECT id::int FROM project WHERE executing_org_id = ${id} OR ${id} = ANY (supporting_org_ids) ORDER BY id) AS projects,
        ARRAY(SELECT id::int FROM decision WHERE executing_org_id = ${id} OR ${id} = ANY (supporting_org_ids) ORDER BY id) AS decisions,
        ARRAY(SELECT id::int FROM meeting WHERE ${id} = ANY (present_org_ids) OR ${id} = ANY (absent_org_ids) ORDER BY id) AS meetings,
        ARRAY(SELECT id::int FROM organisation_patronage WHERE organisation_id = ${id} ORDER BY id) AS patronages`;
    const u = uses!;
    const count = u.projects.length + u.decisions.length + u.meetings.length + u.patronages.length;
    if (count > 0) {
      throw conflict(
        'organisation.in_use',
        { id, ...u },
        `id: organisation ${id} is in use (projects ${u.projects.join(', ') || '–'}; decisions ${u.decisions.join(', ') || '–'}; meetings ${u.meetings.join(', ') || '–'}; patronages ${u.patronages.join(', ') || '–'}); nothing was deleted`,
        'id',
        { uses: u },
      );
    }
    await recordActor(tx, user.id);
    await tx`DELETE FROM organisation WHERE id = ${id}`;
  });
}
