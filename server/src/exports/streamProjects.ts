import type { Sql } from '@tavazon/data';
import type { Context } from 'hono';
import { stream } from 'hono/streaming';
import { markStreamed } from '../compression.ts';
import {
  type Audience,
  type ProjectFilter,
  projectFeature,
  projectVisible,
} from '../queries/projectFeatures.ts';
import { exportColumns, exportRow } from './exportTable.ts';
import { csvBom, csvLine } from './toCsv.ts';

// The projects' CSV and GeoJSON exports, written while PostgreSQL reads them: a postgres.js cursor hands
// over `batch` rows at a time and the next batch is fetched only once the client has taken the last one
// (the stream's write waits for it), so a million rows take the memory of one batch, not of the file.

const batch = 500;

export function streamProjects(
  c: Context,
  sql: Sql,
  filter: ProjectFilter,
  audience: Audience,
  format: 'csv' | 'geojson',
) {
  const query = sql<{ feature: string }[]>`
    SELECT ${projectFeature(sql, audience)}::text AS feature
    FROM project p JOIN admin_unit c ON c.id = p.county_id
    WHERE ${projectVisible(sql, filter, audience)}
    ORDER BY p.id`;
  const res = stream(c, async (out) => {
    let first = true;
    if (format === 'csv') await out.write(csvBom + csvLine(exportColumns(audience.internal)));
    else await out.write('{"type":"FeatureCollection","features":[');
    for await (const rows of query.cursor(batch)) {
      // A client gone: leaving the loop closes the cursor and frees the connection.
      if (out.aborted || out.closed) break;
      if (format === 'csv') {
        await out.write(
          rows.map((r) => csvLine(exportRow(JSON.parse(r.feature), audience.internal))).join(''),
        );
      } else {
        await out.write((first ? '' : ',') + rows.map((r) => r.feature).join(','));
      }
      first = false;
    }
    if (format === 'geojson') await out.write(']}');
  });
  markStreamed(res);
  return res;
}
