import { createIndicatorSchema, indicatorParam, updateIndicatorSchema } from '@tavazon/contract';
import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../auth/middleware.ts';
import type { AppEnv } from '../env.ts';
import { uploadedFile, uploadLimit } from '../imports/uploadedFile.ts';
import { jsonBody } from '../jsonBody.ts';
import { createIndicator, deleteIndicator, updateIndicator } from '../ownIndicators/defineIndicator.ts';
import { commitValues, previewValues } from '../ownIndicators/uploadValues.ts';
import { validate } from '../validate.ts';
import { readImportFileOffThread } from '../workers/pool.ts';

// The planners' own indicators: editors define them and upload their values (CSV or XLSX, one row per
// county and period); only the author or an admin changes one; census indicators are read-only.
const codeParam = z.object({ code: indicatorParam });
const editors = requireRole('admin', 'planner');

const readValuesFile = async (c: Parameters<typeof uploadedFile>[0]) => {
  const upload = await uploadedFile(c, ['csv', 'xlsx']);
  // Parsed off the event loop, as the project import is (workers/pool.ts).
  return { upload, file: await readImportFileOffThread(upload.format, upload.bytes) };
};

export const indicatorEditing = new Hono<AppEnv>()
  .post('/', editors, jsonBody, validate('json', createIndicatorSchema), async (c) =>
    c.json(await createIndicator(c.get('sql'), c.get('user')!, c.req.valid('json')), 201),
  )
  .patch(
    '/:code',
    editors,
    validate('param', codeParam),
    jsonBody,
    validate('json', updateIndicatorSchema),
    async (c) =>
      c.json(
        await updateIndicator(c.get('sql'), c.get('user')!, c.req.valid('param').code, c.req.valid('json')),
      ),
  )
  .delete('/:code', editors, validate('param', codeParam), async (c) => {
    await deleteIndicator(c.get('sql'), c.get('user')!, c.req.valid('param').code);
    return c.body(null, 204);
  })
  .post('/:code/values/preview', editors, validate('param', codeParam), uploadLimit(), async (c) => {
    const { file } = await readValuesFile(c);
    return c.json(await previewValues(c.get('sql'), c.get('user')!, c.req.valid('param').code, file));
  })
  .post('/:code/values', editors, validate('param', codeParam), uploadLimit(), async (c) => {
    const { upload, file } = await readValuesFile(c);
    const source = `uploaded from ${upload.name}`.slice(0, 500);
    return c.json(
      await commitValues(c.get('sql'), c.get('user')!, c.req.valid('param').code, file, source),
      201,
    );
  });
