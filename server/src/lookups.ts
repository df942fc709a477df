import type { Sql } from '@tavazon/data';
import { badRequest, notFound } from './errors.ts';

// Turning the codes a request names into rows, or a 404 that says which code was not found.

export async function requireSet(sql: Sql, set: string) {
  const [row] = await sql<{ code: string }[]>`SELECT code FROM boundary_set WHERE code = ${set}`;
  if (!row) throw notFound('boundary_set.not_found', { set }, `boundary set ${set} not found`, 'set');
  return row.code;
}

export async function requireProvince(sql: Sql, set: string, province: string) {
  const [row] = await sql<{ id: string }[]>`
    SELECT id FROM admin_unit WHERE boundary_set = ${set} AND level = 'province' AND code = ${province}`;
  if (!row)
    throw notFound(
      'province.not_found',
      { province, set },
      `province ${province} not found in boundary set ${set}`,
      'province',
    );
  return row.id;
}

export interface IndicatorRef {
  code: string;
  period: string;
  aggregation: 'sum' | 'weighted_mean';
  weight_indicator: string | null;
}

/**
 * The indicator and the period to show. Without a period, the latest one that has values on this
 * boundary set is taken, so a caller need not know the census years.
 */
export async function resolveIndicator(
  sql: Sql,
  set: string,
  indicator: string,
  period: string | undefined,
): Promise<IndicatorRef> {
  const [def] = await sql<Omit<IndicatorRef, 'period'>[]>`
    SELECT code, aggregation, weight_indicator FROM indicator WHERE code = ${indicator}`;
  if (!def)
    throw notFound('indicator.not_found', { indicator }, `indicator ${indicator} not found`, 'indicator');
  const [row] = await sql<{ period: string }[]>`
    SELECT v.period
    FROM indicator_value v JOIN admin_unit u ON u.id = v.admin_unit_id
    WHERE v.indicator = ${indicator} AND u.boundary_set = ${set}
      ${period ? sql`AND v.period = ${period}` : sql``}
    GROUP BY v.period
    ORDER BY v.period DESC
    LIMIT 1`;
  if (!row) {
    throw notFound(
      'indicator.no_values',
      { indicator, set, period: period ?? null },
      period
        ? `indicator ${indicator} has no values for period ${period} on boundary set ${set}`
        : `indicator ${indicator} has no values on boundary set ${set}`,
      period ? 'period' : 'indicator',
    );
  }
  return { ...def, period: row.period };
}

/** Rejects `period` given alone: it means nothing without an indicator. */
export function checkIndicatorPair(indicator: string | undefined, period: string | undefined) {
  if (period && !indicator)
    throw badRequest(
      'field.requires',
      { field: 'period', requires: 'indicator' },
      'period: given without indicator',
      'period',
    );
}
