import {
  createProjectSchema,
  idParamObject,
  progressSchema,
  projectPageLimits,
  projectPageQuery,
  updateProjectSchema,
} from '@tavazon/contract';
import { Hono } from 'hono';
import { requireRole } from '../auth/middleware.ts';
import type { AppEnv } from '../env.ts';
import { notFound } from '../errors.ts';
import { idempotent } from '../idempotency/idempotent.ts';
import { jsonBody } from '../jsonBody.ts';
import { addProgress } from '../projects/addProgress.ts';
import { createProject } from '../projects/createProject.ts';
import { checkProjectFilter } from '../projects/listQuery.ts';
import { checkCursorSort, decodeCursor, encodeCursor } from '../projects/pageCursor.ts';
import { projectPage } from '../projects/projectPage.ts';
import { projectTimeline } from '../projects/projectTimeline.ts';
import { mayEditIn } from '../projects/provinceScope.ts';
import { allowedTransitions } from '../projects/statusTransition.ts';
import { updateProject } from '../projects/updateProject.ts';
import { projectFeatureById } from '../queries/projectFeatures.ts';
import { validate } from '../validate.ts';

const editors = requireRole('admin', 'planner');
const geojson = 'application/geo+json; charset=utf-8';

// Reads are open to everyone, with the audience deciding what is seen (queries/projectFeatures.ts);
// writes need an admin or a planner of the project's province.
export const projects = new Hono<AppEnv>()
  // A page of the list (keyset, docs/api.md): at most `limit` projects, with a `next` link while more follow.
  .get('/', validate('query', projectPageQuery), async (c) => {
    const sql = c.get('sql');
    const internal = c.get('user') !== null;
    const { limit, cursor, sort = 'id', q, ...list } = c.req.valid('query');
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    checkCursorSort(after, sort);
    const filter = await checkProjectFilter(sql, list, internal);
    const page = await projectPage(
      sql,
      filter,
      { limit: limit ?? projectPageLimits.defaultLimit, sort, cursor: after, q },
      { internal },
    );
    const links: { rel: string; type: string; href: string }[] = [];
    let next: string | null = null;
    if (page.next) {
      next = encodeCursor(page.next);
      const url = new URL(c.req.url);
      url.searchParams.set('cursor', next);
      const href = `${url.pathname}${url.search}`;
      links.push({ rel: 'next', type: 'application/geo+json', href });
      c.header('Link', `<${href}>; rel="next"`);
    }
    c.header('Content-Type', geojson);
    if (internal) c.header('Cache-Control', 'private, no-store');
    return c.body(
      `{"type":"FeatureCollection","numberReturned":${page.returned},"next_cursor":${JSON.stringify(next)},` +
        `"links":${JSON.stringify(links)},"features":${page.features}}`,
    );
  })
  .get('/:id', validate('param', idParamObject), async (c) => {
    const { id } = c.req.valid('param');
    const user = c.get('user');
    const feature = await projectFeatureById(c.get('sql'), id, { internal: user !== null });
    if (!feature) throw notFound('project.not_found', { id }, `project ${id} not found`, 'id');
    c.header('Content-Type', geojson);
    if (!user) return c.body(feature);
    c.header('Cache-Control', 'private, no-store');
    // The edit form offers exactly the statuses this user may set now, computed by the same table that
    // checks the PATCH, so the web keeps no copy of the lifecycle.
    const parsed = JSON.parse(feature);
    const p = parsed.properties;
    p.may_edit = mayEditIn(user, p.province);
    p.allowed_statuses = p.may_edit ? allowedTransitions(p.status, p.status_before, user.role) : [];
    return c.body(JSON.stringify(parsed));
  })
  .get('/:id/timeline', validate('param', idParamObject), async (c) => {
    const internal = c.get('user') !== null;
    if (internal) c.header('Cache-Control', 'private, no-store');
    return c.json(await projectTimeline(c.get('sql'), c.req.valid('param').id, { internal }));
  })
  .post('/', editors, jsonBody, idempotent, validate('json', createProjectSchema), async (c) => {
    const sql = c.get('sql');
    const id = await createProject(sql, c.get('user')!, c.req.valid('json'));
    c.header('Content-Type', geojson);
    c.header('Location', `/api/projects/${id}`);
    return c.body((await projectFeatureById(sql, id, { internal: true }))!, 201);
  })
  .patch(
    '/:id',
    editors,
    validate('param', idParamObject),
    jsonBody,
    validate('json', updateProjectSchema),
    async (c) => {
      const sql = c.get('sql');
      const { id } = c.req.valid('param');
      await updateProject(sql, c.get('user')!, id, c.req.valid('json'));
      c.header('Content-Type', geojson);
      return c.body((await projectFeatureById(sql, id, { internal: true }))!);
    },
  )
  .post(
    '/:id/progress',
    editors,
    validate('param', idParamObject),
    jsonBody,
    idempotent,
    validate('json', progressSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await addProgress(c.get('sql'), c.get('user')!, id, c.req.valid('json')), 201);
    },
  );
