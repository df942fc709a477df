// `pnpm load`: migrates the database and loads the Iran reference data into it.
//   DATABASE_URL=postgres://…   a PostgreSQL server; unset: the embedded PGlite at <repo>/.data/pglite
//   --data DIR                  the data folder (else TAVAZON_DATA_DIR, else ../shared/data/iran)
//   --only current,census,…     only these datasets (current, census, indicators, crosswalk, projects, regions)
//   --pglite DIR                another PGlite folder (`memory://` for a throw-away run)
//   --regeneralise              rebuild the generalised geometry even if the boundaries did not change
import { parseArgs } from 'node:util';
import { connect, type Database } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { assertLoadInputs, loadAll } from '../load/load-all.ts';
import { defaultPgliteDir } from '../load/resolve-data-dir.ts';
import { type DatasetName, datasetNames } from '../load/summary.ts';
import { formatSummary } from './format-summary.ts';

const usage = `usage: pnpm load [--data DIR] [--only ${datasetNames.join(',')}] [--pglite DIR] [--regeneralise]`;

/** Runs the load and returns the process exit code; every failure is one readable message, no stack. */
async function load(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 1;
  }
  if (args.help) {
    console.log(usage);
    return 0;
  }
  const only = args.only
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = only?.filter((d) => !datasetNames.includes(d as DatasetName));
  if (unknown?.length) {
    console.error(`unknown dataset(s) for --only: ${unknown.join(', ')} (known: ${datasetNames.join(', ')})`);
    return 1;
  }

  const url = process.env.DATABASE_URL || undefined;
  let db: Database | undefined;
  try {
    // Missing input is reported before the database is even opened.
    const inputs = {
      ...(args.data ? { dataDir: args.data } : {}),
      ...(only ? { only: only as DatasetName[] } : {}),
    };
    await assertLoadInputs(inputs);
    const started = performance.now();
    db = await connect({ url, dataDir: args.pglite ?? defaultPgliteDir(), max: 4 });
    const migration = await migrate(db.sql);
    const where = url ? 'PostgreSQL (DATABASE_URL)' : `PGlite at ${args.pglite ?? defaultPgliteDir()}`;
    console.log(
      `${where}: ready in ${Math.round(performance.now() - started)} ms; ` +
        `migrations applied ${migration.applied.length}, already applied ${migration.alreadyApplied}`,
    );
    const summary = await loadAll(db.sql, {
      ...inputs,
      regeneralise: args.regeneralise ?? false,
      log: (line) => console.log(line),
    });
    console.log(`\n${formatSummary(summary)}`);
    return summary.failed ? 1 : 0;
  } catch (error) {
    console.error(`pnpm load failed: ${(error as Error).message ?? String(error)}`);
    return 1;
  } finally {
    await db?.close().catch(() => {});
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      only: { type: 'string' },
      pglite: { type: 'string' },
      regeneralise: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values;
}

process.exitCode = await load(process.argv.slice(2));
