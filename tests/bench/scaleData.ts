// The synthetic projects of `pnpm bench --part scale`: a million points placed inside the real counties of
// the current boundaries (ST_GeneratePoints, as many per county as its share of the population), made in
// one INSERT … SELECT in the bench database only and deleted afterwards. Every row says what it is: the
// title starts with `[synthetic bench]`, the source document says "synthetic benchmark data (not real)" and
// the source key starts with `synthetic-bench:` (the data loader only ever touches `driver-projects:` keys).
import { getPriority, setPriority } from 'node:os';
import type { Sql } from '@tavazon/data';
import { syntheticKeyPrefix } from '../../data/src/load/synthetic-projects.ts';

export const syntheticTitlePrefix = '[synthetic bench]';
export const syntheticSource = 'synthetic benchmark data (not real)';

// Every status and both kinds of publication appear, in proportions like a registry's: most projects
// are under way, a few halted, one in twenty unpublished (so the public audience filter has work to do).
const statusCycle = [
  'idea',
  'study',
  'study',
  'approved',
  'execution',
  'execution',
  'execution',
  'operational',
  'operational',
  'suspended',
  'cancelled',
];

/**
 * Inserts `count` synthetic projects (≈: rounded per county) and returns how many and how long it took.
 * Done as a bulk load, in one transaction (DDL is transactional in PostgreSQL, so an interrupted run
 * leaves the table as it was): the project table's secondary indexes are dropped and rebuilt afterwards
 * from their own definitions (pg_get_indexdef, so whatever later migrations add comes back as it was),
 * and three row triggers are off for the insert: the county is known from the polygon each point was
 * drawn in (what project_assign_county would find again by ST_Covers), a synthetic row needs no history,
 * and it names no organisation. Every other trigger (version stamps, and whatever later migrations keep
 * in step with `project`) and every constraint stays on.
 */
export async function insertSynthetic(sql: Sql, count: number) {
  const t0 = performance.now();
  await bulk(sql, async (tx) => {
    for (const trigger of skippedTriggers) await tx`ALTER TABLE project DISABLE TRIGGER ${tx(trigger)}`;
    await tx`
      WITH county AS (
        SELECT u.id, u.province_code, u.geom,
               GREATEST(COALESCE((
                 SELECT v.value FROM indicator_value v
                 WHERE v.admin_unit_id = u.id AND v.indicator = 'population'
                 ORDER BY v.period DESC LIMIT 1), 0), 1000) AS people
        FROM admin_unit u
        WHERE u.boundary_set = 'current' AND u.level = 'county'
      ), share AS (
        SELECT id, province_code, geom,
               GREATEST(1, round(${count}::float8 * people / sum(people) OVER ()))::int AS k
        FROM county
      ), point AS (
        SELECT s.id AS county_id, s.province_code, d.geom AS location,
               row_number() OVER () AS n
        FROM share s
        CROSS JOIN LATERAL ST_Dump(ST_GeneratePoints(s.geom, s.k, 1404)) d
      ), sectors AS (
        SELECT array_agg(code ORDER BY code) AS codes FROM sector
      )
      INSERT INTO project (title_fa, title_en, sector, status, progress, location, location_precision,
                           county_id, province_code, source_document, source_key, published, archived)
      SELECT ${syntheticTitlePrefix} || ' پروژه ' || p.n,
             'synthetic ' || p.n,
             sectors.codes[1 + (p.n * 31) % cardinality(sectors.codes)],
             (${statusCycle}::text[])[1 + (p.n * 7919) % ${statusCycle.length}],
             (p.n % 101)::smallint,
             p.location, 'exact', p.county_id, p.province_code,
             ${syntheticSource}, ${syntheticKeyPrefix} || p.n,
             p.n % 20 <> 0, false
      FROM point p, sectors`;
    for (const trigger of skippedTriggers) await tx`ALTER TABLE project ENABLE TRIGGER ${tx(trigger)}`;
  });
  const insertSeconds = (performance.now() - t0) / 1000;
  const [row] = await sql<{ n: number }[]>`
    SELECT count(*)::int AS n FROM project WHERE source_key LIKE ${`${syntheticKeyPrefix}%`}`;
  return { rows: row!.n, insertSeconds, totalSeconds: (performance.now() - t0) / 1000 };
}

const skippedTriggers = ['project_assign_county', 'project_record_history', 'project_organisation_names'];

/**
 * Runs `load` in a transaction with the project table's secondary indexes (neither primary key nor
 * backing a constraint) dropped first and rebuilt after: one sorted build each instead of a million
 * inserts into every GiST and trigram index.
 */
async function bulk(sql: Sql, load: (tx: Sql) => Promise<void>) {
  await niced(
    sql,
    async (tx) => {
      await tx`SET LOCAL maintenance_work_mem = '256MB'`;
      const indexes = await tx<{ name: string; def: string }[]>`
      SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def
      FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid = 'project'::regclass AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`;
      for (const ix of indexes) await tx`DROP INDEX ${tx(ix.name)}`;
      await load(tx);
      // The definitions come from the catalogue as PostgreSQL printed them, not from any input.
      for (const ix of indexes) await tx.unsafe(ix.def);
    },
    true,
  );
}

/**
 * `work` in a transaction (VACUUM after it, if asked) on one connection whose database backend runs at this
 * process's niceness (`nice -n 15 pnpm bench`), so that a bulk load or delete does not take the CPU from
 * others' work on a shared machine.
 */
async function niced(sql: Sql, work: (tx: Sql) => Promise<void>, vacuum = false) {
  const conn = await sql.reserve();
  const [backend] = await conn<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
  const pid = backend!.pid;
  const changed = renice(pid, getPriority());
  try {
    await conn`BEGIN`;
    try {
      await work(conn as unknown as Sql);
      await conn`COMMIT`;
    } catch (err) {
      await conn`ROLLBACK`;
      throw err;
    }
    // Fresh statistics, as autovacuum would gather them soon after: without them the planner goes on
    // believing the table's old size.
    if (vacuum) await conn`VACUUM ANALYZE project`;
  } finally {
    if (changed) renice(pid, 0);
    conn.release();
  }
}

/** Sets a process's niceness; false where this process may not (then the backend keeps its own). */
function renice(pid: number, priority: number) {
  if (priority === 0 && getPriority(pid) === 0) return false;
  try {
    setPriority(pid, priority);
    return true;
  } catch {
    return false;
  }
}

/** Deletes every synthetic project (also what an interrupted earlier run left) and their dependants. */
export async function deleteSynthetic(sql: Sql) {
  const t0 = performance.now();
  const [found] = await sql<{ any: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM project WHERE source_key LIKE ${`${syntheticKeyPrefix}%`}) AS any`;
  if (!found?.any) return { rows: 0, seconds: 0 };
  let rows = 0;
  // A plain DELETE: rebuilding the indexes in the same transaction would index the deleted rows again.
  await niced(
    sql,
    async (tx) => {
      rows = (await tx`DELETE FROM project WHERE source_key LIKE ${`${syntheticKeyPrefix}%`}`).count;
    },
    true,
  );
  return { rows, seconds: (performance.now() - t0) / 1000 };
}

/** The real (non-synthetic) projects, to check that the bench database holds only real data again. */
export async function realProjectCount(sql: Sql) {
  const [row] = await sql<{ n: number }[]>`
    SELECT count(*)::int AS n FROM project WHERE source_key IS NULL OR source_key NOT LIKE ${`${syntheticKeyPrefix}%`}`;
  return row!.n;
}
