import type { Sql } from '@tavazon/data';

/**
 * The columns of an indicator's definition, the same in the catalogue, the values and the series: one
 * list, so that a column added to the catalogue (as the planners' own indicators added `kind`) reaches
 * every answer that carries a definition. Expects `indicator i`.
 */
export const definitionColumns = (sql: Sql) => sql`
  i.code, i.name_fa, i.name_en, i.unit, i.polarity, i.aggregation, i.weight_indicator,
  i.formula, i.decimals, i.kind, i.created_by::int AS created_by, i.boundary_set, i.description,
  i.source, i.licence`;

/** One indicator's definition, or undefined. */
export async function indicatorDefinition(sql: Sql, code: string) {
  const [indicator] = await sql`SELECT ${definitionColumns(sql)} FROM indicator i WHERE i.code = ${code}`;
  return indicator;
}
