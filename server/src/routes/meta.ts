import { projectStatuses } from '@tavazon/contract';
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { referenceLists } from '../meta/referenceLists.ts';

export const meta = new Hono<AppEnv>().get('/', async (c) => {
  const { boundarySets, sectors } = await referenceLists(c.get('sql'));
  return c.json({
    boundarySets,
    statuses: projectStatuses,
    sectors,
    attribution: '© OpenStreetMap contributors',
  });
});
