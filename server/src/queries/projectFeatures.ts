import type { Sql } from '@tavazon/data';

export interface ProjectFilter {
  province?: string | undefined;
  /** County code of the `current` boundary set. */
  county?: string | undefined;
  status?: string[] | undefined;
  sector?: string[] | undefined;
  /** [minLng, minLat, maxLng, maxLat] in degrees. */
  bbox?: [number, number, number, number] | undefined;
}

/** Published projects matching the filter, as a GeoJSON FeatureCollection text built by PostGIS. */
export async function projectFeatures(sql: Sql, q: ProjectFilter): Promise<string> {
  const bbox = q.bbox;
  const [row] = await sql<{ body: string }[]>`
    SELECT json_build_object(
      'type', 'FeatureCollection',
      'features', COALESCE(json_agg(f.feature ORDER BY f.id), '[]'::json)
    )::text AS body
    FROM (
      SELECT p.id, ${projectFeature(sql)} AS feature
      FROM project p JOIN admin_unit c ON c.id = p.county_id
      WHERE p.published AND NOT p.archived
        ${q.province ? sql`AND p.province_code = ${q.province}` : sql``}
        ${q.county ? sql`AND c.code = ${q.county}` : sql``}
        ${q.status ? sql`AND p.status IN ${sql(q.status)}` : sql``}
        ${q.sector ? sql`AND p.sector IN ${sql(q.sector)}` : sql``}
        ${bbox ? sql`AND p.location && ST_MakeEnvelope(${bbox[0]}, ${bbox[1]}, ${bbox[2]}, ${bbox[3]}, 4326)` : sql``}
    ) f`;
  return row!.body;
}

/** One project as a GeoJSON Feature; expects `project p` joined to its county `admin_unit c`. */
export function projectFeature(sql: Sql) {
  return sql`json_build_object(
    'type', 'Feature',
    'id', p.id,
    'geometry', ST_AsGeoJSON(p.location, 6)::json,
    'properties', json_build_object(
      'id', p.id, 'title_fa', p.title_fa, 'title_en', p.title_en, 'description', p.description,
      'sector', p.sector, 'status', p.status, 'source_status', p.source_status, 'progress', p.progress,
      'location_precision', p.location_precision,
      'county', c.code, 'county_name_fa', c.name_fa, 'county_name_en', c.name_en, 'province', p.province_code,
      'executing_agency', p.executing_agency, 'supporting_agencies', p.supporting_agencies,
      'investment', p.investment, 'investment_unit', p.investment_unit, 'private_share', p.private_share,
      'expected_jobs', p.expected_jobs,
      'start_date', to_char(p.start_date, 'YYYY-MM-DD'), 'end_date', to_char(p.end_date, 'YYYY-MM-DD'),
      'source_document', p.source_document, 'source_date', p.source_date,
      'published', p.published, 'version', p.version, 'updated_at', p.updated_at))`;
}
