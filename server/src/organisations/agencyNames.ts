import type { Sql } from '@tavazon/data';
import { problem, type RowProblem } from '../imports/problem.ts';
import type { NewProject } from '../projects/insertProjects.ts';

/**
 * An import names agencies as text; each must be an organisation's Persian or English name (compared
 * as migration 0012's organisation_name_key does: yeh, kaf, spaces and zero-width joiners aside). Sets
 * the rows' organisation ids and returns a problem for every name no organisation bears.
 */
export async function resolveAgencyNames(
  sql: Sql,
  rows: { row: number; project: NewProject | null }[],
): Promise<RowProblem[]> {
  const names = [
    ...new Set(
      rows.flatMap((r) => {
        const a = r.project?.agency_names;
        return a ? [...(a.executing ? [a.executing] : []), ...a.supporting] : [];
      }),
    ),
  ];
  if (names.length === 0) return [];
  const found = await sql<{ name: string; id: number | null }[]>`
    SELECT n.name, (
      SELECT o.id::int FROM organisation o
      WHERE organisation_name_key(o.name_fa) = organisation_name_key(n.name)
         OR organisation_name_key(o.name_en) = organisation_name_key(n.name)
      ORDER BY o.id LIMIT 1) AS id
    FROM unnest(${names}::text[]) AS n(name)`;
  const idOf = new Map(found.map((f) => [f.name, f.id]));
  const problems: RowProblem[] = [];
  for (const r of rows) {
    const p = r.project;
    const a = p?.agency_names;
    if (!p || !a) continue;
    const unknown = (column: string, name: string) =>
      problems.push(
        problem(
          { row: r.row, column, value: name },
          'import.unknown_organisation',
          { name },
          `no organisation is named «${name}»`,
        ),
      );
    if (a.executing) {
      const id = idOf.get(a.executing);
      if (id) p.executing_org_id = id;
      else unknown('executing_agency', a.executing);
    }
    const supporting: number[] = [];
    for (const name of a.supporting) {
      const id = idOf.get(name);
      if (id) {
        if (!supporting.includes(id)) supporting.push(id);
      } else unknown('supporting_agencies', name);
    }
    p.supporting_org_ids = supporting;
    delete p.agency_names;
  }
  return problems;
}
