import { z } from 'zod';

// Read-only API tokens (POST/GET/DELETE /api/tokens, admins only): desktop GIS (QGIS, GDAL) cannot keep
// a session cookie or send a CSRF token, so it reads with `Authorization: Bearer <token>` instead.

/** The roles a token may read as; a token never writes, whatever its role. */
export const apiTokenRoles = ['viewer', 'planner'] as const;

export const newApiToken = z.strictObject({
  name: z
    .string({ message: 'must be a name of 1 to 100 characters' })
    .trim()
    .min(1, 'must be a name of 1 to 100 characters')
    .max(100, 'must be a name of 1 to 100 characters'),
  role: z.enum(apiTokenRoles, { message: `must be ${apiTokenRoles.join(' or ')}` }),
  /** Days until it stops working; omitted: until revoked. */
  expires_in_days: z
    .number({ message: 'must be a whole number of days from 1 to 3650' })
    .int('must be a whole number of days from 1 to 3650')
    .min(1, 'must be a whole number of days from 1 to 3650')
    .max(3650, 'must be a whole number of days from 1 to 3650')
    .optional(),
});
export type NewApiToken = z.infer<typeof newApiToken>;

/** A token as listed: never its secret, which only the creating answer shows, once. */
export const apiTokenInfo = z.object({
  id: z.number(),
  name: z.string(),
  role: z.enum(apiTokenRoles),
  /** The first characters of the secret, to tell tokens apart. */
  prefix: z.string(),
  created_at: z.string(),
  created_by: z.string().nullable(),
  expires_at: z.string().nullable(),
  last_used_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
});
export type ApiTokenInfo = z.infer<typeof apiTokenInfo>;

export const createdApiToken = apiTokenInfo.extend({ token: z.string() });
