import { idParamObject } from '@tavazon/contract';
import { type Context, Hono } from 'hono';
import { type AuditAction, recordAudit } from '../audit/auditLog.ts';
import { clientAddress } from '../auth/clientAddress.ts';
import { clearLoginFailures } from '../auth/loginThrottle.ts';
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
    const created = await createUser(c.get('sql'), c.req.valid('json'));
    await audit(c, 'account.created', created.username, { role: created.role });
    return c.json(created, 201);
  })
  .patch('/:id', validate('param', idParamObject), jsonBody, validate('json', userPatchSchema), async (c) => {
    const patch = c.req.valid('json');
    const updated = await updateUser(c.get('sql'), c.req.valid('param').id, patch);
    // Field names only: a new password's value never reaches the log.
    await audit(c, 'password' in patch ? 'account.password_set' : 'account.updated', updated.username, {
      fields: Object.keys(patch),
    });
    return c.json(updated);
  })
  // Forgets the account's failed logins from every address, so its owner may try again at once.
  .post('/:id/unlock', validate('param', idParamObject), async (c) => {
    const { id } = c.req.valid('param');
    const row = await findUser(c.get('sql'), id);
    if (!row) throw notFound('user.not_found', { id }, `user ${id} not found`, 'id');
    const cleared = await clearLoginFailures(c.get('sql'), row.username);
    await audit(c, 'account.unlocked', row.username, { cleared });
    return c.json({ username: row.username, cleared });
  });

function audit(c: Context<AppEnv>, action: AuditAction, target: string, detail: Record<string, unknown>) {
  return recordAudit(c.get('sql'), {
    action,
    actorId: c.get('user')!.id,
    target,
    address: clientAddress(c),
    detail,
  });
}
