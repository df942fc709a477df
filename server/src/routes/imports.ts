import { importQuery } from '@tavazon/contract';
import { Hono } from 'hono';
import { requireRole } from '../auth/middleware.ts';
import type { AppEnv } from '../env.ts';
import { idempotent } from '../idempotency/idempotent.ts';
import { runImport } from '../imports/runImport.ts';
import { uploadedFile, uploadLimit } from '../imports/uploadedFile.ts';
import { validate } from '../validate.ts';
import { readImportFileOffThread } from '../workers/pool.ts';

// Importing is a planner's or an admin's work; a planner's rows must all lie in their provinces.
export const imports = new Hono<AppEnv>().post(
  '/',
  requireRole('admin', 'planner'),
  uploadLimit(),
  validate('query', importQuery),
  idempotent,
  async (c) => {
    const { mode, note } = c.req.valid('query');
    const upload = await uploadedFile(c);
    const file = await readImportFileOffThread(upload.format, upload.bytes);
    const result = await runImport(c.get('sql'), c.get('user')!, file, {
      commit: mode === 'commit',
      note: note ?? `imported from ${upload.name}`.slice(0, 2000),
    });
    return c.json(result, mode === 'commit' ? 201 : 200);
  },
);
