import {
  createOrganisationInput,
  createPatronageInput,
  idParam,
  organisationListQuery,
  updateOrganisationInput,
} from '@tavazon/contract';
import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../auth/middleware.ts';
import type { AppEnv } from '../env.ts';
import { idempotent } from '../idempotency/idempotent.ts';
import { jsonBody } from '../jsonBody.ts';
import { organisationPage } from '../organisations/organisationPage.ts';
import {
  assertMayEditOrganisation,
  deleteOrganisation,
  insertOrganisation,
  listOrganisations,
  oneOrganisation,
  updateOrganisation,
} from '../organisations/organisationStore.ts';
import { addPatronage, deletePatronage } from '../organisations/patronages.ts';
import { todayIso } from '../review/solarDays.ts';
import { validate } from '../validate.ts';

const idParams = z.object({ id: idParam });
const patronageParams = z.object({ id: idParam, patronage: idParam });
const editors = requireRole('admin', 'planner');

// Organisations are public (their names are public fields of projects); their open decisions and
// history are for signed-in users. Writes need an editor of the organisation's province.
export const organisations = new Hono<AppEnv>()
  .get('/', validate('query', organisationListQuery), async (c) => {
    const today = todayIso(c.get('clock')());
    return c.json(await listOrganisations(c.get('sql'), { ...c.req.valid('query'), today }));
  })
  .get('/:id', validate('param', idParams), async (c) => {
    const internal = c.get('user') !== null;
    if (internal) c.header('Cache-Control', 'private, no-store');
    const today = todayIso(c.get('clock')());
    return c.json(await organisationPage(c.get('sql'), c.req.valid('param').id, { internal }, today));
  })
  .post('/', editors, jsonBody, idempotent, validate('json', createOrganisationInput), async (c) => {
    const input = c.req.valid('json');
    const user = c.get('user')!;
    assertMayEditOrganisation(user, input.province ?? null);
    const id = await insertOrganisation(c.get('sql'), user, input);
    c.header('Location', `/api/organisations/${id}`);
    return c.json(await oneOrganisation(c.get('sql'), id), 201);
  })
  .patch(
    '/:id',
    editors,
    validate('param', idParams),
    jsonBody,
    validate('json', updateOrganisationInput),
    async (c) => {
      const { id } = c.req.valid('param');
      await updateOrganisation(c.get('sql'), c.get('user')!, id, c.req.valid('json'));
      return c.json(await oneOrganisation(c.get('sql'), id));
    },
  )
  .delete('/:id', editors, validate('param', idParams), async (c) => {
    await deleteOrganisation(c.get('sql'), c.get('user')!, c.req.valid('param').id);
    return c.body(null, 204);
  })
  .post(
    '/:id/patronages',
    editors,
    validate('param', idParams),
    jsonBody,
    validate('json', createPatronageInput),
    async (c) => {
      const { id } = c.req.valid('param');
      await addPatronage(c.get('sql'), c.get('user')!, id, c.req.valid('json'));
      return c.json(await oneOrganisation(c.get('sql'), id), 201);
    },
  )
  .delete('/:id/patronages/:patronage', editors, validate('param', patronageParams), async (c) => {
    const { id, patronage } = c.req.valid('param');
    await deletePatronage(c.get('sql'), c.get('user')!, id, patronage);
    return c.body(null, 204);
  });
