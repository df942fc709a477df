import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { migrationsDir, type Sql, transaction } from '@tavazon/data';
import { afterAll, describe, expect, it } from 'vitest';
import { formatMergeReport, mergedOrganisations } from '../../server/src/organisations/mergeReport.ts';
import { openDb } from './accounts.ts';

// Migration 0012 turns the projects' free-text agencies into organisations. It is run here on a copy of
// the current data: the migrations before it build a schema of their own (`copy`), the loaded boundaries,
// sectors, accounts and projects are copied in, the projects are given agencies as officials typed them
// (the same agency in several spellings), then 0012 runs. Everything happens in one transaction that is
// rolled back, so the shared test database is left as it was.
const sql = openDb();
afterAll(() => sql.end({ timeout: 5 }));

class RollBack extends Error {}

// Agencies of the Ijrud minutes, written as they come: Arabic yeh and kaf, doubled spaces, a zero-width
// non-joiner, a trailing space. Each group is one organisation.
const spellings = {
  jahad: ['جهاد کشاورزی استان زنجان', 'جهاد كشاورزي استان زنجان', 'جهاد  کشاورزی استان زنجان '],
  bonyad: ['بنیاد مسکن انقلاب اسلامی استان زنجان', 'بنیاد مسکن‌ انقلاب اسلامی استان زنجان'],
  farmandari: ['فرمانداری ایجرود'],
};

async function applyFile(tx: Sql, name: string) {
  await tx.unsafe(await readFile(join(migrationsDir, name), 'utf8')).simple();
}

describe('migration 0012: free-text agencies become organisations', () => {
  it('merges the spellings of one agency, links every project, reports it and loses no text', async () => {
    const files = (await readdir(migrationsDir)).filter((f) => f.endsWith('.sql')).sort();
    const before = files.filter((f) => f < '0012');
    const target = files.find((f) => f.startsWith('0012_'))!;
    let checked = false;
    await transaction(sql, async (tx) => {
      await tx`CREATE SCHEMA copy`;
      // Tables are made in the first schema of the path; PostGIS stays where it is installed.
      await tx`SELECT set_config('search_path', 'copy, public', true)`;
      for (const f of before) await applyFile(tx, f);

      // A copy of the current data (the current boundaries, which place the projects).
      await tx`INSERT INTO copy.boundary_set SELECT * FROM public.boundary_set WHERE code = 'current'`;
      await tx`INSERT INTO copy.admin_unit OVERRIDING SYSTEM VALUE
               SELECT * FROM public.admin_unit WHERE boundary_set = 'current' ORDER BY level DESC, id`;
      await tx`INSERT INTO copy.sector SELECT * FROM public.sector`;
      await tx`INSERT INTO copy.project (title_fa, title_en, sector, status, source_status, location,
                 location_precision, source_document, source_date, source_key, published)
               SELECT title_fa, title_en, sector, status, source_status, location, location_precision,
                 source_document, source_date, source_key, published
               FROM public.project WHERE created_by IS NULL ORDER BY id`;
      const projects = await tx<{ id: number }[]>`SELECT id::int AS id FROM copy.project ORDER BY id`;
      expect(projects.length).toBeGreaterThanOrEqual(21);
      const [p1, p2, p3, p4, p5] = projects.map((p) => p.id) as [number, number, number, number, number];
      const typed: [number, string | null, string[]][] = [
        [p1, spellings.jahad[0]!, [spellings.bonyad[0]!]],
        [p2, spellings.jahad[1]!, [spellings.bonyad[1]!, spellings.farmandari[0]!]],
        [p3, spellings.jahad[2]!, []],
        [p4, spellings.farmandari[0]!, [spellings.jahad[1]!]],
        [p5, null, [spellings.bonyad[0]!]],
      ];
      for (const [id, executing, supporting] of typed) {
        await tx`UPDATE copy.project SET executing_agency = ${executing}, supporting_agencies = ${supporting}
                 WHERE id = ${id}`;
      }
      const textsBefore = await tx`
        SELECT id, executing_agency, supporting_agencies FROM copy.project ORDER BY id`;

      await applyFile(tx, target);

      // Three organisations, each named by its most used spelling in Persian letters and single spaces.
      const orgs = await tx<{ id: number; name_fa: string }[]>`
        SELECT id::int AS id, name_fa FROM copy.organisation ORDER BY name_fa`;
      expect(orgs.map((o) => o.name_fa).sort()).toEqual(
        [spellings.bonyad[0], spellings.farmandari[0], spellings.jahad[0]].sort(),
      );
      const idOf = (name: string) => orgs.find((o) => o.name_fa === name)!.id;
      const [jahad, bonyad, farmandari] = [
        idOf(spellings.jahad[0]!),
        idOf(spellings.bonyad[0]!),
        idOf(spellings.farmandari[0]!),
      ];

      // Every project points at the right organisations, and its text is untouched.
      const linked = await tx<{ id: number; executing: number | null; supporting: number[] }[]>`
        SELECT id::int AS id, executing_org_id::int AS executing, supporting_org_ids::int[] AS supporting
        FROM copy.project WHERE id IN ${tx([p1, p2, p3, p4, p5])} ORDER BY id`;
      expect(linked).toEqual([
        { id: p1, executing: jahad, supporting: [bonyad] },
        { id: p2, executing: jahad, supporting: [farmandari, bonyad].sort((a, b) => a - b) },
        { id: p3, executing: jahad, supporting: [] },
        { id: p4, executing: farmandari, supporting: [jahad] },
        { id: p5, executing: null, supporting: [bonyad] },
      ]);
      expect(
        await tx`SELECT id, executing_agency, supporting_agencies FROM copy.project ORDER BY id`,
      ).toEqual(textsBefore);
      const untouched = await tx<{ n: number }[]>`
        SELECT count(*)::int AS n FROM copy.project
        WHERE executing_org_id IS NULL AND supporting_org_ids = '{}' AND executing_agency IS NULL`;
      expect(untouched[0]!.n).toBe(projects.length - 5);

      // The record of what was merged: every text as written, with its projects.
      const merged = await mergedOrganisations(tx);
      const sources = merged.flatMap((m) =>
        m.sources.map((s) => ({ ...s, organisation: m.organisation_id })),
      );
      expect(sources).toContainEqual({
        source_text: spellings.jahad[1]!,
        field: 'executing_agency',
        project_ids: [p2],
        organisation: jahad,
      });
      expect(sources).toContainEqual({
        source_text: spellings.jahad[2]!.trim(),
        field: 'executing_agency',
        project_ids: [p3],
        organisation: jahad,
      });
      expect(sources).toContainEqual({
        source_text: spellings.bonyad[0]!,
        field: 'supporting_agencies',
        project_ids: [p1, p5],
        organisation: bonyad,
      });
      // No text of any project is missing from the record.
      const written = new Set(
        typed.flatMap(([, e, s]) => [...(e ? [e.trim()] : []), ...s.map((x) => x.trim())]),
      );
      expect(new Set(sources.map((s) => s.source_text))).toEqual(written);
      const report = formatMergeReport(merged).join('\n');
      expect(report).toContain('became 3 organisation(s)');
      expect(report).toContain(`«${spellings.jahad[0]}» (merged 3 spellings)`);
      checked = true;
      throw new RollBack();
    }).catch((err) => {
      if (!(err instanceof RollBack)) throw err;
    });
    expect(checked).toBe(true);
    const [left] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM information_schema.schemata WHERE schema_name = 'copy'`;
    expect(left!.n).toBe(0);
  });
});
