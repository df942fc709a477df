import type { Sql } from '@tavazon/data';

/** A WGS 84 point from a { lng, lat } the API accepted. */
export const pointSql = (sql: Sql, p: { lng: number; lat: number }) =>
  sql`ST_SetSRID(ST_MakePoint(${p.lng}::float8, ${p.lat}::float8), 4326)`;
