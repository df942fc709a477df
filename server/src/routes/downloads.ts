import { countyTableQuery } from '@tavazon/contract';
import { Hono } from 'hono';
import { countyCells, countyCollection, countyTable } from '../downloads/countyTable.ts';
import { downloadCatalogue } from '../downloads/downloadCatalogue.ts';
import type { AppEnv } from '../env.ts';
import { notFound } from '../errors.ts';
import { toCsv } from '../exports/toCsv.ts';
import { requireSet } from '../lookups.ts';
import { validate } from '../validate.ts';
import { writeXlsx } from '../xlsx/writeXlsx.ts';

const types = {
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

// The open-data page: the catalogue and the county tables (projects and suggestions have their exports).
export const downloads = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ downloads: await downloadCatalogue(c.get('sql')) }))
  .get('/counties', validate('query', countyTableQuery), async (c) => {
    const sql = c.get('sql');
    const { format, set: asked, period } = c.req.valid('query');
    const set = await requireSet(sql, asked);
    const table = await countyTable(sql, set, period, format === 'geojson');
    if (table.indicators.length === 0) {
      throw notFound(
        'download.no_values',
        { set, period },
        `period: no indicator has values for boundary set ${set} in ${period}`,
        'period',
      );
    }
    c.header('Content-Type', types[format]);
    c.header('Content-Disposition', `attachment; filename="tavazon-counties-${set}-${period}.${format}"`);
    c.header('Cache-Control', 'no-cache');
    if (format === 'geojson') return c.body(JSON.stringify(countyCollection(table, period)));
    const cells = countyCells(table, period);
    if (format === 'csv') return c.body(toCsv(cells));
    return c.body(new Uint8Array(writeXlsx(cells, 'counties')));
  });
