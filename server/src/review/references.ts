import type { Sql } from '@tavazon/data';
import { badRequest } from '../errors.ts';

// The organisations, projects and counties a meeting or decision names must exist, and the projects and
// counties must lie in the meeting's province: each refusal names the body field at fault.

export async function checkOrganisations(sql: Sql, field: string, ids: readonly number[]) {
  if (ids.length === 0) return;
  const found = await sql<
    { id: number }[]
  >`SELECT id::int AS id FROM organisation WHERE id = ANY (${ids as number[]}::bigint[])`;
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) {
    throw badRequest(
      'organisation.unknown',
      { field, ids: missing },
      `${field}: no organisation ${missing.join(', ')}`,
      field,
    );
  }
}

export async function checkProjects(sql: Sql, field: string, ids: readonly number[], province: string) {
  if (ids.length === 0) return;
  const found = await sql<{ id: number; province: string }[]>`
    SELECT id::int AS id, province_code AS province FROM project WHERE id = ANY (${ids as number[]}::bigint[])`;
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) {
    throw badRequest(
      'organisation.unknown',
      { field, ids: missing },
      `${field}: no project ${missing.join(', ')}`,
      field,
    );
  }
  const elsewhere = found.filter((f) => f.province !== province).map((f) => f.id);
  if (elsewhere.length) {
    throw badRequest(
      'review.other_province',
      { field, ids: elsewhere, province },
      `${field}: projects ${elsewhere.join(', ')} are not in ${province}`,
      field,
    );
  }
}

/** County codes of the current boundaries, in `province`, as their ids. */
export async function countyIds(sql: Sql, field: string, codes: readonly string[], province: string) {
  if (codes.length === 0) return [];
  const found = await sql<{ id: string; code: string; province: string }[]>`
    SELECT id, code, province_code AS province FROM admin_unit
    WHERE boundary_set = 'current' AND level = 'county' AND code = ANY (${codes as string[]}::text[])`;
  const missing = codes.filter((c) => !found.some((f) => f.code === c));
  if (missing.length) {
    throw badRequest(
      'organisation.unknown',
      { field, ids: missing },
      `${field}: no county ${missing.join(', ')}`,
      field,
    );
  }
  const elsewhere = found.filter((f) => f.province !== province).map((f) => f.code);
  if (elsewhere.length) {
    throw badRequest(
      'review.other_province',
      { field, ids: elsewhere, province },
      `${field}: counties ${elsewhere.join(', ')} are not in ${province}`,
      field,
    );
  }
  return codes.map((c) => found.find((f) => f.code === c)!.id);
}
