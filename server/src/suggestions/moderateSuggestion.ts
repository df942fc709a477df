import type { QueuedSuggestion, SuggestionAction } from '@tavazon/contract';
import { type Sql, transaction } from '@tavazon/data';
import type { SessionUser } from '../auth/sessions.ts';
import { conflict, forbidden, notFound } from '../errors.ts';
import { moderatedProvinces, queuedSuggestions } from './readSuggestions.ts';

// What each step does to a suggestion's status, and from which statuses it may be taken. A reply does
// not change the status: planners answer a published suggestion, or note an answer before publishing.
const nextStatus: Record<SuggestionAction, { to: string | null; from: string[] }> = {
  publish: { to: 'published', from: ['pending', 'rejected'] },
  reject: { to: 'rejected', from: ['pending', 'published'] },
  reply: { to: null, from: ['pending', 'published', 'rejected'] },
};

/**
 * One moderation step by a planner of the suggestion's province (or an admin), kept with who took it and
 * when. Publishing with a note, and replying, set the reply shown with the published suggestion.
 */
export async function moderateSuggestion(
  sql: Sql,
  user: SessionUser,
  id: number,
  step: { action: SuggestionAction; note?: string | null | undefined },
): Promise<QueuedSuggestion> {
  const provinces = moderatedProvinces(user);
  await transaction(sql, async (tx) => {
    const [row] = await tx<{ status: string; province: string }[]>`
      SELECT status, province_code AS province FROM suggestion WHERE id = ${id} FOR UPDATE`;
    if (!row) throw notFound('suggestion.not_found', { id }, `suggestion ${id} not found`, 'id');
    if (provinces !== null && !provinces.includes(row.province)) {
      throw forbidden(
        'suggestion.province_forbidden',
        { province: row.province, allowed: provinces },
        `id: suggestion ${id} is in ${row.province}; you moderate ${provinces.join(', ') || 'no province'} only`,
        'id',
      );
    }
    const rule = nextStatus[step.action];
    if (!rule.from.includes(row.status)) {
      throw conflict(
        'suggestion.state',
        { id, status: row.status, action: step.action },
        `action: suggestion ${id} is ${row.status}; ${step.action} applies to ${rule.from.join(' or ')} ones`,
        'action',
      );
    }
    const note = step.note || null;
    const reply = step.action === 'reject' ? null : note;
    await tx`
      UPDATE suggestion SET
        status = coalesce(${rule.to}, status),
        reply = coalesce(${reply}, reply),
        updated_at = now()
      WHERE id = ${id}`;
    await tx`
      INSERT INTO suggestion_step (suggestion_id, action, note, actor_id)
      VALUES (${id}, ${step.action}, ${note}, ${user.id})`;
  });
  const [shown] = await queuedSuggestions(sql, { ids: [id] }, provinces);
  return shown!;
}
