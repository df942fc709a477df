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

// The projects' CSV and GeoJSON exports, written while the database reads them: `batch` projects at a time
// by keyset on the id, the next batch fetched only once the client has taken the last one (the stream's
// write waits for it), so a million rows take the memory of one batch, not of the file. Batches rather
// than one cursor: the connection is free between them, which PGlite's pool of one needs (a cursor held
// it, and every other request waited, for as long as a slow client read), and PGlite's socket failed
// under a long suspended portal.

const batch = 500;

export function streamProjects(
  c: Context,
  sql: Sql,
  filter: ProjectFilter,
  audience: Audience,
  format: 'csv' | 'geojson',
) {
  const page = (after: number) => sql<{ feature: string; id: string }[]>`
    SELECT ${projectFeature(sql, audience)}::text AS feature, p.id
    FROM project p JOIN admin_unit c ON c.id = p.county_id
    WHERE ${projectVisible(sql, filter, audience)} AND p.id > ${after}
    ORDER BY p.id
    LIMIT ${batch}`;
  const res = stream(c, async (out) => {
    let first = true;
    if (format === 'csv') await out.write(csvBom + csvLine(exportColumns(audience.internal)));
    else await out.write('{"type":"FeatureCollection","features":[');
    let after = 0;
    for (;;) {
      // A client gone: no further batch is read.
      if (out.aborted || out.closed) return;
      const rows = await page(after);
      if (rows.length === 0) break;
      after = Number(rows.at(-1)!.id);
      if (format === 'csv') {
        await out.write(
          rows.map((r) => csvLine(exportRow(JSON.parse(r.feature), audience.internal))).join(''),
        );
      } else {
        await out.write((first ? '' : ',') + rows.map((r) => r.feature).join(','));
      }
      first = false;
      if (rows.length < batch) break;
    }
    if (format === 'geojson') await out.write(']}');
  });
  markStreamed(res);
  return res;
}
