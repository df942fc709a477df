import { z } from 'zod';
import { decimal } from './params.ts';
import { projectListQuery } from './projects.ts';

// Keyset paging of the registry list (GET /api/projects): a page is `limit` projects after the position
// the cursor names, in one of these orders; the id breaks ties, so the order is total and stable while
// projects are added. A cursor is opaque to clients: they follow the `next` link.

export const projectPageLimits = { defaultLimit: 1000, maxLimit: 10_000 } as const;

/** `title` A→Z, `-title` Z→A, …; `updated` oldest change first, `-updated` newest first. */
export const projectSorts = [
  'id',
  '-id',
  'updated',
  '-updated',
  'title',
  '-title',
  'status',
  '-status',
  'county',
  '-county',
] as const;
export type ProjectSort = (typeof projectSorts)[number];

/** The decoded cursor (the server encodes and decodes it): the order, sort key and id of a page's last project. */
export interface ProjectCursor {
  sort: ProjectSort;
  key: string | number;
  id: number;
}

const cursorParam = z
  .string()
  .max(1000, 'is too long')
  .regex(/^[A-Za-z0-9_-]+$/, 'must be the cursor of a next link of this list');

const limitMessage = `must be a whole number from 1 to ${projectPageLimits.maxLimit}`;

export const projectPageQuery = projectListQuery.extend({
  limit: decimal(
    z.coerce
      .number({ message: limitMessage })
      .int(limitMessage)
      .min(1, limitMessage)
      .max(projectPageLimits.maxLimit, limitMessage),
    'whole',
  ).optional(),
  cursor: cursorParam.optional(),
  sort: z.enum(projectSorts, { message: `must be one of ${projectSorts.join(', ')}` }).optional(),
  /** Words of the title (Persian or English), matched as the search box matches names (search_key). */
  q: z.string().trim().min(1, 'must not be empty').max(200, 'is too long').optional(),
});
export type ProjectPageQuery = z.output<typeof projectPageQuery>;
