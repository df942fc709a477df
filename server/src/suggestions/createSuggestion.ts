import type { createSuggestionSchema } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import type { z } from 'zod';
import { badRequest, notFound } from '../errors.ts';
import { projectVisible } from '../queries/projectFeatures.ts';

type NewSuggestion = z.output<typeof createSuggestionSchema>;

export interface Target {
  set: string;
  county: string;
  province: string;
  project: number | null;
}

/**
 * What a suggestion is about: a county of a set, or a project a visitor can see (published, not
 * archived), which places it in the project's county. 404 naming `county` or `project` otherwise.
 */
async function resolveTarget(sql: Sql, s: NewSuggestion): Promise<Target> {
  if (s.project !== undefined) {
    const [row] = await sql<{ county: string; province: string }[]>`
      SELECT c.code AS county, p.province_code AS province
      FROM project p JOIN admin_unit c ON c.id = p.county_id
      WHERE p.id = ${s.project} AND ${projectVisible(sql, {}, { internal: false })}`;
    if (!row)
      throw notFound('project.not_found', { id: s.project }, `project ${s.project} not found`, 'project');
    return { set: 'current', county: row.county, province: row.province, project: s.project };
  }
  const set = s.set ?? 'current';
  const county = s.county!;
  const [row] = await sql<{ province: string }[]>`
    SELECT province_code AS province FROM admin_unit
    WHERE boundary_set = ${set} AND level = 'county' AND code = ${county}`;
  if (!row)
    throw notFound(
      'county.not_found',
      { county, set },
      `county ${county} not found in boundary set ${set}`,
      'county',
    );
  return { set, county, province: row.province, project: null };
}

/**
 * The target of a new suggestion, with its point checked to lie in the county (400 naming `location`),
 * before anything is counted or stored.
 */
export async function checkSuggestion(sql: Sql, s: NewSuggestion): Promise<Target> {
  const target = await resolveTarget(sql, s);
  if (s.location) {
    const [row] = await sql<{ inside: boolean }[]>`
      SELECT ST_Covers(geom, ST_SetSRID(ST_MakePoint(${s.location.lng}::float8, ${s.location.lat}::float8), 4326))
        AS inside
      FROM admin_unit WHERE boundary_set = ${target.set} AND level = 'county' AND code = ${target.county}`;
    if (!row?.inside) {
      throw badRequest(
        'suggestion.outside_county',
        { county: target.county },
        `location: is outside county ${target.county}; the point must lie in the county the suggestion is about`,
        'location',
      );
    }
  }
  return target;
}

/** Stores a checked suggestion for moderation; returns its id. */
export async function insertSuggestion(sql: Sql, target: Target, s: NewSuggestion): Promise<number> {
  const point = s.location
    ? sql`ST_SetSRID(ST_MakePoint(${s.location.lng}::float8, ${s.location.lat}::float8), 4326)`
    : sql`NULL`;
  const [row] = await sql<{ id: number }[]>`
    INSERT INTO suggestion (boundary_set, county_code, province_code, project_id, body, author_name,
                            show_name, location)
    VALUES (${target.set}, ${target.county}, ${target.province}, ${target.project}, ${s.body},
            ${s.name ?? null}, ${s.show_name && Boolean(s.name)}, ${point})
    RETURNING id::int AS id`;
  return row!.id;
}
