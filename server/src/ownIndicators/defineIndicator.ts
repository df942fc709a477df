import type { CreateIndicatorInput, OwnIndicator, UpdateIndicatorInput } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import type { SessionUser } from '../auth/sessions.ts';
import { badRequest, conflict, forbidden, HttpError, notFound } from '../errors.ts';

// Defining, editing and deleting a planner's own indicator. The census indicators are the loader's:
// the API never changes them. A user indicator belongs to its author; an admin may change any.

const columns = [
  'code',
  'kind',
  'boundary_set',
  'name_fa',
  'name_en',
  'unit',
  'polarity',
  'aggregation',
  'weight_indicator',
  'description',
  'formula',
  'source',
  'licence',
  'decimals',
  'created_by',
] as const;

type Stored = OwnIndicator;

async function find(sql: Sql, code: string) {
  const [row] = await sql<Stored[]>`SELECT ${sql(columns)} FROM indicator WHERE code = ${code}`;
  return row ? { ...row, created_by: row.created_by === null ? null : Number(row.created_by) } : null;
}

/** The indicator, if this user may change it: a user indicator of their own, or any user one for an admin. */
export async function requireEditable(sql: Sql, user: SessionUser, code: string): Promise<Stored> {
  const row = await find(sql, code);
  if (!row) throw notFound('indicator.not_found', { indicator: code }, `indicator ${code} not found`, 'code');
  if (row.kind === 'census')
    throw forbidden(
      'indicator.read_only',
      { indicator: code },
      `indicator ${code} is a census indicator and read-only`,
      'code',
    );
  if (user.role !== 'admin' && row.created_by !== user.id)
    throw forbidden(
      'indicator.not_owner',
      { indicator: code },
      `indicator ${code} belongs to someone else; only its author or an admin may change it`,
      'code',
    );
  return row;
}

/** A rate's weight must be a count the census gives on every set (population, active population, …). */
async function checkWeight(sql: Sql, weight: string | null) {
  if (weight === null) return;
  const [row] = await sql`
    SELECT 1 FROM indicator WHERE code = ${weight} AND kind = 'census' AND aggregation = 'sum'`;
  if (!row)
    throw badRequest(
      'indicator.weight_unknown',
      { weight },
      `weight_indicator: ${weight} is not a census count such as population`,
      'weight_indicator',
    );
}

const checkAggregation = (v: { aggregation: string; weight_indicator: string | null }) => {
  if ((v.aggregation === 'weighted_mean') !== (v.weight_indicator !== null))
    throw badRequest(
      'field.invalid',
      { field: 'weight_indicator', path: 'weight_indicator', issue: 'invalid' },
      'weight_indicator: a weighted mean needs a weight indicator, a sum has none',
      'weight_indicator',
    );
};

export async function createIndicator(sql: Sql, user: SessionUser, input: CreateIndicatorInput) {
  const [set] = await sql`SELECT 1 FROM boundary_set WHERE code = ${input.boundary_set}`;
  if (!set)
    throw badRequest(
      'boundary_set.not_found',
      { set: input.boundary_set },
      `boundary_set: ${input.boundary_set} not found`,
      'boundary_set',
    );
  const row = {
    ...input,
    weight_indicator: input.weight_indicator ?? null,
    description: input.description ?? null,
    licence: input.licence ?? null,
    formula: input.formula ?? '',
    decimals: input.decimals ?? 1,
    kind: 'user',
    created_by: user.id,
  };
  checkAggregation(row);
  await checkWeight(sql, row.weight_indicator);
  const [inserted] = await sql<{ code: string }[]>`
    INSERT INTO indicator ${sql(row, ...columns)}
    ON CONFLICT (code) DO NOTHING
    RETURNING code`;
  if (!inserted)
    throw conflict(
      'indicator.code_taken',
      { indicator: input.code },
      `code: an indicator ${input.code} already exists`,
      'code',
    );
  return (await find(sql, input.code))!;
}

export async function updateIndicator(
  sql: Sql,
  user: SessionUser,
  code: string,
  input: UpdateIndicatorInput,
) {
  const old = await requireEditable(sql, user, code);
  const changed = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const next = { ...old, ...changed };
  checkAggregation(next);
  await checkWeight(sql, next.weight_indicator);
  const fields = Object.keys(changed) as (keyof UpdateIndicatorInput)[];
  if (fields.length)
    await sql`UPDATE indicator SET ${sql(changed, ...fields)}, updated_at = now() WHERE code = ${code}`;
  return (await find(sql, code))!;
}

export async function deleteIndicator(sql: Sql, user: SessionUser, code: string) {
  await requireEditable(sql, user, code);
  const [used] = await sql`SELECT code FROM indicator WHERE weight_indicator = ${code} LIMIT 1`;
  // Weights are census counts only, so a user indicator is never one; this guards the rule.
  if (used) throw new HttpError(409, 'database.refused', { field: 'code' }, `code: ${code} is a weight`);
  await sql`DELETE FROM indicator WHERE code = ${code} AND kind = 'user'`;
}
