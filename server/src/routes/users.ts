import { idParamObject } from '@tavazon/contract';
import { Hono } from 'hono';
import { requireRole } from '../auth/middleware.ts';
import type { AppEnv } from '../env.ts';
import { notFound } from '../errors.ts';
import { jsonBody } from '../jsonBody.ts';
import { createUser, newUserSchema } from '../users/createUser.ts';
import { findUser, listUsers } from '../users/listUsers.ts';
import { updateUser, userPatchSchema } from '../users/updateUser.ts';
import { validate } from '../validate.ts';

// Accounts, for admins only. Accounts are disabled, never deleted: the project history names them.
export const users = new Hono<AppEnv>()
  .use(requireRole('admin'))
  .get('/', async (c) => {
    return c.json(await listUsers(c.get('sql')));
  })
  .get('/:id', validate('param', idParamObject), async (c) => {
    const { id } = c.req.valid('param');
    const row = await findUser(c.get('sql'), id);
    if (!row) throw notFound('user.not_found', { id }, `user ${id} not found`, 'id');
    return c.json(row);
  })
  .post('/', jsonBody, validate('json', newUserSchema), async (c) => {
    return c.json(await createUser(c.get('sql'), c.req.valid('json')), 201);
  })
  .patch('/:id', validate('param', idParamObject), jsonBody, validate('json', userPatchSchema), async (c) => {
    return c.json(await updateUser(c.get('sql'), c.req.valid('param').id, c.req.valid('json')));
  });
