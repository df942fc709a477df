import { importLimitBytes, importQuery } from '@tavazon/contract';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requireRole } from '../auth/middleware.ts';
import { discardBody } from '../discardBody.ts';
import type { AppEnv } from '../env.ts';
import { badRequest, HttpError } from '../errors.ts';
import { idempotent } from '../idempotency/idempotent.ts';
import type { ImportFormat } from '../imports/readImportFile.ts';
import { runImport } from '../imports/runImport.ts';
import { validate } from '../validate.ts';
import { readImportFileOffThread } from '../workers/pool.ts';

const byType: Record<string, ImportFormat> = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'application/geo+json': 'geojson',
  'application/json': 'geojson',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};
const byExtension: Record<string, ImportFormat> = {
  csv: 'csv',
  geojson: 'geojson',
  json: 'geojson',
  xlsx: 'xlsx',
};
const accepted = 'CSV (text/csv), GeoJSON (application/geo+json) or XLSX';

const unsupported = (what: string) =>
  new HttpError(
    415,
    'import.unsupported_type',
    { what },
    `file: ${what} is not an importable file; send ${accepted}`,
    {
      field: 'file',
    },
  );

/**
 * The uploaded file: the raw body with its Content-Type, or the `file` field of a multipart form
 * (recognised by its type or its name's extension).
 */
async function uploaded(c: Context<AppEnv>) {
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'multipart/form-data') {
    const form = await c.req.parseBody().catch(() => {
      throw badRequest('import.form_unreadable', {}, 'file: the multipart form could not be read', 'file');
    });
    const file = form.file;
    if (!(file instanceof File))
      throw badRequest('import.no_file_field', {}, 'file: the form has no file field named "file"', 'file');
    const format =
      byType[file.type.split(';')[0]!.trim().toLowerCase()] ??
      byExtension[file.name.split('.').pop()?.toLowerCase() ?? ''];
    if (!format) throw unsupported(`${file.name} (${file.type || 'no type'})`);
    return { format, bytes: Buffer.from(await file.arrayBuffer()), name: file.name };
  }
  const format = byType[type];
  if (!format) throw unsupported(type || 'a body without Content-Type');
  return { format, bytes: Buffer.from(await c.req.arrayBuffer()), name: `${format} upload` };
}

// Importing is a planner's or an admin's work; a planner's rows must all lie in their provinces.
export const imports = new Hono<AppEnv>().post(
  '/',
  requireRole('admin', 'planner'),
  bodyLimit({
    maxSize: importLimitBytes,
    onError: async (c) => {
      await discardBody(c.req.raw);
      const limitMb = importLimitBytes / 2 ** 20;
      throw new HttpError(
        413,
        'import.too_large',
        { limitMb },
        `file: larger than ${limitMb} MB; split it into several imports`,
        { field: 'file', headers: { Connection: 'close' } },
      );
    },
  }),
  validate('query', importQuery),
  idempotent,
  async (c) => {
    const { mode, note } = c.req.valid('query');
    const upload = await uploaded(c);
    if (upload.bytes.length === 0) throw badRequest('import.empty', {}, 'file: is empty', 'file');
    const file = await readImportFileOffThread(upload.format, upload.bytes);
    const result = await runImport(c.get('sql'), c.get('user')!, file, {
      commit: mode === 'commit',
      note: note ?? `imported from ${upload.name}`.slice(0, 2000),
    });
    return c.json(result, mode === 'commit' ? 201 : 200);
  },
);
