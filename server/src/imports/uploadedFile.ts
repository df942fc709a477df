import { importLimitBytes } from '@tavazon/contract';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { discardBody } from '../discardBody.ts';
import type { AppEnv } from '../env.ts';
import { badRequest, HttpError } from '../errors.ts';
import type { ImportFormat } from './readImportFile.ts';

// An uploaded file (a project import, an indicator's values): the body limit, and the file with its format.

const byType: Record<string, ImportFormat> = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'application/geo+json': 'geojson',
  'application/json': 'geojson',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/zip': 'shp',
  'application/x-zip-compressed': 'shp',
};
const byExtension: Record<string, ImportFormat> = {
  csv: 'csv',
  geojson: 'geojson',
  json: 'geojson',
  xlsx: 'xlsx',
  zip: 'shp',
};

const unsupported = (what: string, accepted: readonly ImportFormat[]) =>
  new HttpError(
    415,
    'import.unsupported_type',
    { what },
    `file: ${what} is not an importable file; send ${accepted.map((f) => (f === 'shp' ? 'a zipped Shapefile' : f.toUpperCase())).join(', ')}`,
    { field: 'file' },
  );

/** Refuses a body over the import limit, reading no more of it. */
export const uploadLimit = () =>
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
  });

/**
 * The uploaded file: the raw body with its Content-Type, or the `file` field of a multipart form
 * (recognised by its type or its name's extension), in one of the accepted formats.
 */
export async function uploadedFile(
  c: Context<AppEnv>,
  accepted: readonly ImportFormat[] = ['csv', 'geojson', 'xlsx', 'shp'],
) {
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  const known = (f: ImportFormat | undefined) => (f && accepted.includes(f) ? f : undefined);
  let upload: { format: ImportFormat; bytes: Buffer; name: string };
  if (type === 'multipart/form-data') {
    const form = await c.req.parseBody().catch(() => {
      throw badRequest('import.form_unreadable', {}, 'file: the multipart form could not be read', 'file');
    });
    const file = form.file;
    if (!(file instanceof File))
      throw badRequest('import.no_file_field', {}, 'file: the form has no file field named "file"', 'file');
    const format =
      known(byType[file.type.split(';')[0]!.trim().toLowerCase()]) ??
      known(byExtension[file.name.split('.').pop()?.toLowerCase() ?? '']);
    if (!format) throw unsupported(`${file.name} (${file.type || 'no type'})`, accepted);
    upload = { format, bytes: Buffer.from(await file.arrayBuffer()), name: file.name };
  } else {
    const format = known(byType[type]);
    if (!format) throw unsupported(type || 'a body without Content-Type', accepted);
    upload = { format, bytes: Buffer.from(await c.req.arrayBuffer()), name: `${format} upload` };
  }
  if (upload.bytes.length === 0) throw badRequest('import.empty', {}, 'file: is empty', 'file');
  return upload;
}
