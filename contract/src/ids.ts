import { z } from 'zod';

// Ids of other records named in a JSON body (an organisation, a project, a decision).

/** A database id in a JSON body. */
export const bodyId = z
  .number({ message: 'must be a positive whole number (an id)' })
  .int('must be a positive whole number (an id)')
  .positive('must be a positive whole number (an id)')
  .max(Number.MAX_SAFE_INTEGER, 'must be a positive whole number (an id)');

/** A list of ids, each at most once. */
export const idList = (max: number) =>
  z
    .array(bodyId, { message: 'must be a list of ids' })
    .max(max, `must list at most ${max}`)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'must not list an id twice' });
