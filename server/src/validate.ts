import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { badRequest } from './errors.ts';

/**
 * zod validation whose failure names the offending field, e.g. `zoom: must be a number from 0 to 22`,
 * so a caller can fix the request without reading our source.
 */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const issue = result.error.issues[0];
      // A strict object reports an unknown field on the object itself: name the field instead.
      if (issue?.code === 'unrecognized_keys') {
        const key = issue.keys[0] ?? target;
        const where = [...issue.path.map(String), key].join('.');
        throw badRequest(`${where}: is not a field of this request`, String(issue.path[0] ?? key));
      }
      // The top-level name is what the caller typed; deeper paths (a list item) only refine it.
      const field = String(issue?.path[0] ?? target);
      const where = issue?.path.map(String).join('.') || target;
      throw badRequest(`${where}: ${issue?.message ?? 'invalid'}`, field);
    }
  });
}
