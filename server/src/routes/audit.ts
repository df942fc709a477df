import { Hono } from 'hono';
import { z } from 'zod';
import { listAudit } from '../audit/auditLog.ts';
import { requireRole } from '../auth/middleware.ts';
import type { AppEnv } from '../env.ts';
import { validate } from '../validate.ts';

const auditQuery = z.strictObject({
  limit: z
    .string()
    .regex(/^[0-9]{1,4}$/, 'must be a whole number from 1 to 1000')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 1000, 'must be a whole number from 1 to 1000')
    .optional(),
});

// The audit log (sign-ins, failures, account changes), newest first: admins only.
export const audit = new Hono<AppEnv>()
  .use(requireRole('admin'))
  .get('/', validate('query', auditQuery), async (c) => {
    return c.json(await listAudit(c.get('sql'), c.req.valid('query').limit ?? 100));
  });
