import { z } from 'zod';
import { roles } from './enums.ts';

export const sessionUser = z.object({
  id: z.number(),
  username: z.string(),
  display_name: z.string().nullable(),
  role: z.enum(roles),
  /** Provinces a planner may edit; empty means no limit. */
  provinces: z.array(z.string()),
});
export type SessionUser = z.infer<typeof sessionUser>;

/** `GET /api/auth/session` answers 200 `{ user: null }` to visitors, so nobody sees a 401 in the console. */
export const session = z.object({
  user: sessionUser.nullable(),
  csrfToken: z.string().optional(),
  expiresAt: z.string().optional(),
  idleExpiresAt: z.string().optional(),
});
export type Session = z.infer<typeof session>;

export const loginBody = z.strictObject({
  username: z.string({ message: 'must be text' }).trim().toLowerCase().min(1, 'is required').max(200),
  // Not the password rules: an old password that no longer meets them must still be able to sign in.
  password: z.string({ message: 'must be text' }).min(1, 'is required').max(200, 'is too long'),
});
export type LoginBody = z.input<typeof loginBody>;
