import type { Sql } from '@tavazon/data';

export type AuditAction =
  | 'login.succeeded'
  | 'login.failed'
  | 'login.throttled'
  | 'password.changed'
  | 'account.created'
  | 'account.updated'
  | 'account.password_set'
  | 'account.unlocked'
  | 'token.created'
  | 'token.revoked';

export interface AuditEvent {
  action: AuditAction;
  actorId?: number | null;
  target?: string | null;
  address?: string | null;
  via?: 'api' | 'cli';
  detail?: Record<string, unknown>;
}

/** Records one event of the audit log (migration 0007). */
export async function recordAudit(sql: Sql, e: AuditEvent): Promise<void> {
  await sql`
    INSERT INTO audit_event (action, actor_id, target_username, address, via, detail)
    VALUES (${e.action}, ${e.actorId ?? null}, ${e.target?.slice(0, 200) ?? null},
            ${e.address?.slice(0, 100) ?? null}, ${e.via ?? 'api'}, ${sql.json((e.detail ?? {}) as never)})`;
}

/** The newest events first, with the acting account's username. */
export async function listAudit(sql: Sql, limit: number) {
  return sql`
    SELECT e.id::int AS id, e.at, e.action, e.actor_id::int AS actor_id, u.username AS actor_username,
           e.target_username, e.address, e.via, e.detail
    FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id
    ORDER BY e.id DESC LIMIT ${limit}`;
}
