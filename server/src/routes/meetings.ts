import {
  createDecisionInput,
  createMeetingInput,
  idParam,
  meetingListQuery,
  updateDecisionInput,
  updateMeetingInput,
} from '@tavazon/contract';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../auth/middleware.ts';
import type { AppEnv } from '../env.ts';
import { idempotent } from '../idempotency/idempotent.ts';
import { jsonBody } from '../jsonBody.ts';
import { listMeetings, oneMeeting } from '../review/meetings.ts';
import { updateDecision } from '../review/saveDecision.ts';
import { addDecision, createMeeting, updateMeeting } from '../review/saveMeeting.ts';
import { solarMonth, todayIso } from '../review/solarDays.ts';
import { validate } from '../validate.ts';

const idParams = z.object({ id: idParam });
const readers = requireRole('admin', 'planner', 'viewer');
const editors = requireRole('admin', 'planner');
/** Today (in Tehran) by the app's clock. */
const today = (c: Context<AppEnv>) => todayIso(c.get('clock')());

// Meetings and their numbered decisions: officials' records, so reading needs an account; writing, an
// editor of the meeting's province. Every change is kept (migration 0012's review_change).
export const meetings = new Hono<AppEnv>()
  .get('/', readers, validate('query', meetingListQuery), async (c) => {
    const q = c.req.valid('query');
    const month = q.month ? solarMonth(q.month) : undefined;
    c.header('Cache-Control', 'private, no-store');
    return c.json(
      await listMeetings(
        c.get('sql'),
        { province: q.province, ...(month ? { between: { from: month.firstIso, to: month.lastIso } } : {}) },
        today(c),
      ),
    );
  })
  .get('/:id', readers, validate('param', idParams), async (c) => {
    c.header('Cache-Control', 'private, no-store');
    return c.json(await oneMeeting(c.get('sql'), c.req.valid('param').id, today(c), true));
  })
  .post('/', editors, jsonBody, idempotent, validate('json', createMeetingInput), async (c) => {
    const id = await createMeeting(c.get('sql'), c.get('user')!, c.req.valid('json'), today(c));
    c.header('Location', `/api/meetings/${id}`);
    return c.json(await oneMeeting(c.get('sql'), id, today(c), true), 201);
  })
  .patch(
    '/:id',
    editors,
    validate('param', idParams),
    jsonBody,
    validate('json', updateMeetingInput),
    async (c) => {
      const { id } = c.req.valid('param');
      await updateMeeting(c.get('sql'), c.get('user')!, id, c.req.valid('json'), today(c));
      return c.json(await oneMeeting(c.get('sql'), id, today(c), true));
    },
  )
  .post(
    '/:id/decisions',
    editors,
    validate('param', idParams),
    jsonBody,
    validate('json', createDecisionInput),
    async (c) => {
      const { id } = c.req.valid('param');
      await addDecision(c.get('sql'), c.get('user')!, id, c.req.valid('json'));
      return c.json(await oneMeeting(c.get('sql'), id, today(c), true), 201);
    },
  );

export const decisions = new Hono<AppEnv>().patch(
  '/:id',
  editors,
  validate('param', idParams),
  jsonBody,
  validate('json', updateDecisionInput),
  async (c) => {
    const meetingId = await updateDecision(
      c.get('sql'),
      c.get('user')!,
      c.req.valid('param').id,
      c.req.valid('json'),
      today(c),
    );
    return c.json(await oneMeeting(c.get('sql'), meetingId, today(c), true));
  },
);
