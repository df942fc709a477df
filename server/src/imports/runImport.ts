import { type Sql, transaction } from '@tavazon/data';
import type { SessionUser } from '../auth/sessions.ts';
import { HttpError } from '../errors.ts';
import { resolveAgencyNames } from '../organisations/agencyNames.ts';
import { insertProjects } from '../projects/insertProjects.ts';
import { assertMayEditIn } from '../projects/provinceScope.ts';
import { recordAs } from '../projects/recordAs.ts';
import { checkImportRow } from './checkImportRow.ts';
import { importColumns, isIgnoredColumn, isImportColumn, requiredColumns } from './importColumns.ts';
import { type Candidate, locateImportRows } from './locateImportRows.ts';
import { problem, type RowProblem } from './problem.ts';
import type { ImportFile } from './readImportFile.ts';
import { timeSlicer } from './timeSlicer.ts';

// The row report can be long for a broken file; past this many problems the rest are only counted.
const maxListed = 5000;

/** Every problem of the file: its columns, each row's fields, then what the database says. */
async function examine(sql: Sql, user: SessionUser, file: ImportFile) {
  const problems: RowProblem[] = [...file.problems];
  for (const c of file.columns) {
    if (!isImportColumn(c) && !isIgnoredColumn(c)) {
      problems.push(
        problem(
          { row: file.headerRow, column: c },
          'import.unknown_column',
          { known: [...importColumns] },
          `unknown column; the columns are ${importColumns.join(', ')}`,
        ),
      );
    }
  }
  for (const c of requiredColumns) {
    if (!file.columns.includes(c) && file.format !== 'geojson') {
      problems.push(
        problem({ row: file.headerRow, column: c }, 'import.required_column', {}, 'required column missing'),
      );
    }
  }
  if (file.rows.length === 0)
    problems.push(
      problem({ row: file.headerRow, column: null }, 'import.no_rows', {}, 'the file has no rows'),
    );
  const sectors = new Set((await sql<{ code: string }[]>`SELECT code FROM sector`).map((s) => s.code));
  const candidates: Candidate[] = [];
  const slice = timeSlicer();
  for (const r of file.rows) {
    await slice();
    const { problems: own, location, title, project } = checkImportRow(r, sectors);
    problems.push(...own);
    if (location) candidates.push({ row: r.row, title, location, project });
  }
  problems.push(...(await resolveAgencyNames(sql, candidates)));
  const { located, problems: found } = await locateImportRows(sql, user, candidates);
  problems.push(...found);
  problems.sort((a, b) => a.row - b.row);
  return { located, problems };
}

/**
 * Preview: what an import would do, with every problem by row, column and reason; nothing is written.
 * Commit: the same checks, then all rows in one transaction (each recorded in its history as
 * `imported`), or, if any problem is found, a 422 with the same report and nothing written.
 */
export async function runImport(
  sql: Sql,
  user: SessionUser,
  file: ImportFile,
  options: { commit: boolean; note: string },
) {
  const summarise = (problems: RowProblem[], located: number) => ({
    format: file.format,
    rows: file.rows.length,
    valid: located,
    problemCount: problems.length,
    problems: problems.slice(0, maxListed),
    truncated: problems.length > maxListed,
  });
  if (!options.commit) {
    const { located, problems } = await examine(sql, user, file);
    return {
      mode: 'preview' as const,
      ...summarise(problems, located.length),
      sample: located.slice(0, 20).map((l) => ({
        row: l.row,
        title_fa: l.project.title_fa,
        status: l.project.status,
        county: l.county,
        county_name_fa: l.county_name_fa,
        province: l.province,
      })),
    };
  }
  return transaction(sql, async (tx) => {
    // One import at a time: two commits of the same file must not both pass the duplicate check.
    await tx`SELECT pg_advisory_xact_lock(7290333)`;
    // The checks read through the transaction, so they see what the insert will see.
    const { located, problems } = await examine(tx, user, file);
    if (problems.length) {
      throw new HttpError(
        422,
        'import.rejected',
        { count: problems.length },
        `file: ${problems.length} problem(s) found; nothing was imported`,
        { field: 'file', extra: summarise(problems, located.length) },
      );
    }
    await recordAs(tx, user.id, 'imported', options.note);
    const inserted = await insertProjects(
      tx,
      located.map((l) => l.project),
    );
    // The trigger applies the same county rule as the check; this only guards against a difference.
    for (const r of inserted) assertMayEditIn(user, r.province_code, `imported project ${r.id}`);
    return {
      mode: 'commit' as const,
      format: file.format,
      imported: inserted.length,
      ids: inserted.map((r) => r.id),
    };
  });
}
