import { zValidator } from '@hono/zod-validator';
import { describeIssue } from '@tavazon/contract';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { badRequest, type HttpError } from './errors.ts';

/**
 * A zod failure as a 400 naming the offending field, e.g. `zoom: must be a number from 0 to 22`, so a
 * caller can fix the request without reading our source; `field.invalid` carries the failed rule
 * (bounds, allowed values, expected form) for the web to word, `field.unknown` a field we do not have.
 */
export function issueError(error: z.ZodError, validated: string): HttpError {
  // Hono calls the JSON body's target `json`; the caller knows it as the body.
  const target = validated === 'json' ? 'body' : validated;
  const issue = error.issues[0];
  if (!issue)
    return badRequest(
      'field.invalid',
      { field: target, path: target, issue: 'invalid' },
      `${target}: invalid`,
      target,
    );
  // A strict object reports an unknown field on the object itself: name the field instead.
  const unknownPath =
    issue.code === 'unrecognized_keys' ? [...issue.path.map(String), issue.keys[0] ?? target] : null;
  if (unknownPath) {
    const where = unknownPath.join('.');
    const field = unknownPath[0] ?? target;
    return badRequest(
      'field.unknown',
      { field, path: where },
      `${where}: is not a field of this request`,
      field,
    );
  }
  // The top-level name is what the caller typed; deeper paths (a list item) only refine it.
  const described = describeIssue(issue, target);
  return badRequest('field.invalid', described, `${described.path}: ${issue.message}`, described.field);
}

export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw issueError(result.error as unknown as z.ZodError, target);
  });
}
