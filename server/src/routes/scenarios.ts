import {
  comparisonQuery,
  idParamObject,
  scenarioInput,
  scenarioListQuery,
  scenarioStepInput,
  scenarioUpdate,
} from '@tavazon/contract';
import { Hono } from 'hono';
import { requireRole, requireSignedIn } from '../auth/middleware.ts';
import type { AppEnv } from '../env.ts';
import { jsonBody } from '../jsonBody.ts';
import { listScenarios, readScenario } from '../scenarios/readScenario.ts';
import { createScenario, updateScenario } from '../scenarios/saveScenario.ts';
import { compareScenarios, scenarioFigures } from '../scenarios/scenarioFigures.ts';
import { approveScenario, returnScenario, submitScenario } from '../scenarios/scenarioSteps.ts';
import { validate } from '../validate.ts';

const drafters = requireRole('admin', 'planner');
const deciders = requireRole('admin', 'approver');

// Scenarios of new driver projects (docs/api.md, "Scenarios"): officials read them; planners of the
// province draft and submit; admins and approvers of the province approve or return them.
export const scenarios = new Hono<AppEnv>()
  .use(async (c, next) => {
    await next();
    c.header('Cache-Control', 'private, no-store');
  })
  .get('/', requireSignedIn, validate('query', scenarioListQuery), async (c) =>
    c.json(await listScenarios(c.get('sql'), c.req.valid('query'))),
  )
  .get('/compare', requireSignedIn, validate('query', comparisonQuery), async (c) => {
    const { a, b } = c.req.valid('query');
    return c.json(await compareScenarios(c.get('sql'), a, b, c.get('user')));
  })
  .get('/:id', requireSignedIn, validate('param', idParamObject), async (c) =>
    c.json(await readScenario(c.get('sql'), c.req.valid('param').id, c.get('user'))),
  )
  .get('/:id/figures', requireSignedIn, validate('param', idParamObject), async (c) =>
    c.json(await scenarioFigures(c.get('sql'), c.req.valid('param').id, c.get('user'))),
  )
  .post('/', drafters, jsonBody, validate('json', scenarioInput), async (c) => {
    const sql = c.get('sql');
    const user = c.get('user')!;
    const id = await createScenario(sql, user, c.req.valid('json'));
    c.header('Location', `/api/scenarios/${id}`);
    return c.json(await readScenario(sql, id, user), 201);
  })
  .patch(
    '/:id',
    drafters,
    validate('param', idParamObject),
    jsonBody,
    validate('json', scenarioUpdate),
    async (c) => {
      const sql = c.get('sql');
      const user = c.get('user')!;
      const { id } = c.req.valid('param');
      await updateScenario(sql, user, id, c.req.valid('json'));
      return c.json(await readScenario(sql, id, user));
    },
  )
  .post(
    '/:id/submit',
    drafters,
    validate('param', idParamObject),
    jsonBody,
    validate('json', scenarioStepInput),
    async (c) => {
      const { id } = c.req.valid('param');
      await submitScenario(c.get('sql'), c.get('user')!, id, c.req.valid('json'));
      return c.json(await readScenario(c.get('sql'), id, c.get('user')));
    },
  )
  .post(
    '/:id/approve',
    deciders,
    validate('param', idParamObject),
    jsonBody,
    validate('json', scenarioStepInput),
    async (c) => {
      const { id } = c.req.valid('param');
      await approveScenario(c.get('sql'), c.get('user')!, id, c.req.valid('json'));
      return c.json(await readScenario(c.get('sql'), id, c.get('user')));
    },
  )
  .post(
    '/:id/return',
    deciders,
    validate('param', idParamObject),
    jsonBody,
    validate('json', scenarioStepInput),
    async (c) => {
      const { id } = c.req.valid('param');
      await returnScenario(c.get('sql'), c.get('user')!, id, c.req.valid('json'));
      return c.json(await readScenario(c.get('sql'), id, c.get('user')));
    },
  );
