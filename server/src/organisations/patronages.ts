import type { CreatePatronageInput } from '@tavazon/contract';
import { type Sql, transaction } from '@tavazon/data';
import type { SessionUser } from '../auth/sessions.ts';
import { badRequest, notFound } from '../errors.ts';
import { assertMayEditIn } from '../projects/provinceScope.ts';
import { recordActor } from '../review/recordActor.ts';
import { solarDayToIso } from '../review/solarDays.ts';

/** A patron starts backing a county (current boundaries) from a day; the editor needs that county's province. */
export async function addPatronage(
  sql: Sql,
  user: SessionUser,
  organisationId: number,
  input: CreatePatronageInput,
) {
  const since = solarDayToIso('since', input.since);
  const until = input.until ? solarDayToIso('until', input.until) : null;
  if (until && until < since) {
    throw badRequest(
      'field.invalid',
      { field: 'until', path: 'until', issue: 'invalid' },
      'until: must not be before since',
      'until',
    );
  }
  return transaction(sql, async (tx) => {
    const [org] = await tx`SELECT 1 FROM organisation WHERE id = ${organisationId} FOR UPDATE`;
    if (!org)
      throw notFound(
        'organisation.not_found',
        { id: organisationId },
        `organisation ${organisationId} not found`,
        'id',
      );
    const [county] = await tx<{ id: string; province: string }[]>`
      SELECT id, province_code AS province FROM admin_unit
      WHERE boundary_set = 'current' AND level = 'county' AND code = ${input.county}`;
    if (!county)
      throw notFound(
        'county.not_found',
        { county: input.county, set: 'current' },
        `county: ${input.county} not found`,
        'county',
      );
    assertMayEditIn(user, county.province, 'the county', 'county');
    await recordActor(tx, user.id);
    const [row] = await tx<{ id: number }[]>`
      INSERT INTO organisation_patronage (organisation_id, county_id, since, until, note)
      VALUES (${organisationId}, ${county.id}, ${since}, ${until}, ${input.note ?? null})
      RETURNING id::int AS id`;
    return row!.id;
  });
}

export async function deletePatronage(sql: Sql, user: SessionUser, organisationId: number, id: number) {
  await transaction(sql, async (tx) => {
    const [row] = await tx<{ province: string }[]>`
      SELECT u.province_code AS province FROM organisation_patronage p JOIN admin_unit u ON u.id = p.county_id
      WHERE p.id = ${id} AND p.organisation_id = ${organisationId} FOR UPDATE OF p`;
    if (!row) throw notFound('patronage.not_found', { id }, `patronage ${id} not found`, 'patronage');
    assertMayEditIn(user, row.province, 'the county', 'patronage');
    await recordActor(tx, user.id);
    await tx`DELETE FROM organisation_patronage WHERE id = ${id}`;
  });
}
