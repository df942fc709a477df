import type { CreateProjectInput } from '@tavazon/contract';
import type { Tx } from './recordAs.ts';

export type NewProject = Omit<CreateProjectInput, 'note'> & {
  source_status?: string | null;
  /** An imported row's agencies as written, resolved to organisations before the insert. */
  agency_names?: { executing: string | null; supporting: string[] };
};

/**
 * Inserts projects in one statement, in the given order (the API's one project and an import's
 * thousands take the same path); returns their ids and provinces in that order. The triggers set the
 * county, version 1 and a history row per project.
 */
export async function insertProjects(tx: Tx, projects: NewProject[]) {
  const rows = projects.map((p, n) => ({
    n,
    title_fa: p.title_fa,
    title_en: p.title_en ?? null,
    description: p.description ?? null,
    sector: p.sector,
    status: p.status,
    source_status: p.source_status ?? null,
    progress: p.progress ?? null,
    lng: p.location.lng,
    lat: p.location.lat,
    location_precision: p.location_precision,
    executing_org_id: p.executing_org_id ?? null,
    supporting_org_ids: p.supporting_org_ids,
    investment: p.investment ?? null,
    investment_unit: p.investment_unit ?? null,
    private_share: p.private_share ?? null,
    expected_jobs: p.expected_jobs ?? null,
    start_date: p.start_date ?? null,
    end_date: p.end_date ?? null,
    source_document: p.source_document ?? null,
    source_date: p.source_date ?? null,
    published: p.published,
  }));
  return tx<{ id: number; province_code: string }[]>`
    INSERT INTO project (title_fa, title_en, description, sector, status, source_status, progress, location,
      location_precision, executing_org_id, supporting_org_ids, investment, investment_unit, private_share,
      expected_jobs, start_date, end_date, source_document, source_date, published)
    SELECT r.title_fa, r.title_en, r.description, r.sector, r.status, r.source_status, r.progress,
      ST_SetSRID(ST_MakePoint(r.lng, r.lat), 4326), r.location_precision, r.executing_org_id,
      coalesce(r.supporting_org_ids, '{}'), r.investment, r.investment_unit, r.private_share,
      r.expected_jobs, r.start_date, r.end_date, r.source_document, r.source_date, r.published
    FROM json_to_recordset(${JSON.stringify(rows)}::text::json) AS r(
      n int, title_fa text, title_en text, description text, sector text, status text, source_status text,
      progress smallint, lng float8, lat float8, location_precision text, executing_org_id bigint,
      supporting_org_ids bigint[], investment numeric, investment_unit text, private_share numeric,
      expected_jobs integer, start_date date, end_date date, source_document text, source_date text,
      published boolean)
    ORDER BY r.n
    RETURNING id::int AS id, province_code`;
}
