import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';

export const projectStatuses = [
  'idea',
  'study',
  'approved',
  'execution',
  'operational',
  'suspended',
  'cancelled',
] as const;

export const meta = new Hono<AppEnv>().get('/', async (c) => {
  const sql = c.get('sql');
  const boundarySets = await sql`
    SELECT s.code, s.name_fa, s.name_en, s.source, s.licence, s.attribution,
           count(*) FILTER (WHERE u.level = 'county')::int AS counties,
           count(*) FILTER (WHERE u.level = 'province')::int AS provinces
    FROM boundary_set s LEFT JOIN admin_unit u ON u.boundary_set = s.code
    GROUP BY s.code ORDER BY s.code`;
  const sectors = await sql`SELECT code, name_fa, name_en FROM sector ORDER BY code`;
  return c.json({
    boundarySets,
    statuses: projectStatuses,
    sectors,
    attribution: '© OpenStreetMap contributors',
  });
});
