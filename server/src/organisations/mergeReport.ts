import type { Sql } from '@tavazon/data';

export interface MergedOrganisation {
  organisation_id: number | null;
  name_fa: string | null;
  /** Every text as written in the projects, with the field and the projects that named it. */
  sources: { source_text: string; field: string; project_ids: number[] }[];
}

/** What migration 0012 made of the free-text agencies: one entry per organisation, its spellings beneath. */
export async function mergedOrganisations(sql: Sql): Promise<MergedOrganisation[]> {
  return sql<MergedOrganisation[]>`
    SELECT m.organisation_id::int AS organisation_id, o.name_fa,
      json_agg(json_build_object('source_text', m.source_text, 'field', m.field, 'project_ids', m.project_ids)
               ORDER BY m.source_text, m.field) AS sources
    FROM organisation_merge m LEFT JOIN organisation o ON o.id = m.organisation_id
    GROUP BY m.organisation_id, o.name_fa
    ORDER BY o.name_fa NULLS LAST, m.organisation_id`;
}

/** The report as lines for a terminal: merged spellings first marked, and the totals. */
export function formatMergeReport(merged: MergedOrganisation[]): string[] {
  if (merged.length === 0) return ['organisations: no free-text agencies were found to migrate'];
  const texts = merged.reduce((n, m) => n + new Set(m.sources.map((s) => s.source_text)).size, 0);
  const projects = new Set(merged.flatMap((m) => m.sources.flatMap((s) => s.project_ids))).size;
  const lines = [
    `organisations: ${texts} agency text(s) of ${projects} project(s) became ${merged.length} organisation(s):`,
  ];
  for (const m of merged) {
    const spellings = [...new Set(m.sources.map((s) => s.source_text))];
    const mark = spellings.length > 1 ? `merged ${spellings.length} spellings` : 'as written';
    lines.push(`  #${m.organisation_id ?? '(deleted)'} «${m.name_fa ?? ''}» (${mark})`);
    for (const s of m.sources) {
      lines.push(`      «${s.source_text}» as ${s.field} of project(s) ${s.project_ids.join(', ')}`);
    }
  }
  return lines;
}
