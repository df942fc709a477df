import { queryOptions } from '@tanstack/react-query';
import type { Briefing, CreateMeetingInput, Meeting, Review, UpdateDecisionInput } from '@tavazon/contract';
import { fetchJson, sendJson, withQuery } from '../../../shared/api/fetchJson.ts';
import { submissionKeys } from '../../../shared/api/idempotencyKey.ts';

export type { Briefing, Decision, Meeting, Review, ReviewProject } from '@tavazon/contract';

const createKeys = submissionKeys();

export const reviewQuery = (province: string, month: string) =>
  queryOptions({
    queryKey: ['review', 'board', province, month],
    queryFn: ({ signal }) => fetchJson<Review>(withQuery('/api/review', { province, month }), signal),
  });

export const meetingQuery = (id: number) =>
  queryOptions({
    queryKey: ['review', 'meeting', id],
    queryFn: ({ signal }) => fetchJson<Meeting>(`/api/meetings/${id}`, signal),
  });

export const briefingQuery = (county: string) =>
  queryOptions({
    queryKey: ['review', 'briefing', county],
    queryFn: ({ signal }) =>
      fetchJson<Briefing>(`/api/review/briefing/${encodeURIComponent(county)}`, signal),
  });

export async function createMeeting(input: CreateMeetingInput) {
  return (await sendJson<Meeting>(
    'POST',
    '/api/meetings',
    input,
    createKeys(JSON.stringify(input)),
  )) as Meeting;
}

export async function updateDecision(id: number, input: UpdateDecisionInput) {
  return (await sendJson<Meeting>('PATCH', `/api/decisions/${id}`, input)) as Meeting;
}
