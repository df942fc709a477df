import { idParamObject, newApiToken } from '@tavazon/contract';
import { type Context, Hono } from 'hono';
import { createApiToken, listApiTokens, revokeApiToken } from '../apiTokens/apiTokens.ts';
import { type AuditAction, recordAudit } from '../audit/auditLog.ts';
import { clientAddress } from '../auth/clientAddress.ts';
import { requireRole } from '../auth/middleware.ts';
import type { AppEnv } from '../env.ts';
import { notFound } from '../errors.ts';
import { jsonBody } from '../jsonBody.ts';
import { validate } from '../validate.ts';

// Read-only API tokens for desktop GIS, admins only. The secret is in the creating answer alone.
export const apiTokens = new Hono<AppEnv>()
  .use(requireRole('admin'))
  .get('/', async (c) => {
    c.header('Cache-Control', 'private, no-store');
    return c.json(await listApiTokens(c.get('sql')));
  })
  .post('/', jsonBody, validate('json', newApiToken), async (c) => {
    const made = await createApiToken(c.get('sql'), c.req.valid('json'), c.get('user')!.id);
    await audit(c, 'token.created', made.name, { id: made.id, role: made.role, prefix: made.prefix });
    c.header('Cache-Control', 'private, no-store');
    return c.json(made, 201);
  })
  .delete('/:id', validate('param', idParamObject), async (c) => {
    const { id } = c.req.valid('param');
    const revoked = await revokeApiToken(c.get('sql'), id);
    if (!revoked) throw notFound('api_token.not_found', { id }, `API token ${id} not found`, 'id');
    await audit(c, 'token.revoked', revoked.name, { id, role: revoked.role });
    return c.body(null, 204);
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
