#!/usr/bin/env node
// `pnpm test`: unit tests, then the web build, then the integration and browser tests on the embedded
// PGlite, then the integration tests again on the PostgreSQL named by TEST_DATABASE_URL (when set).
// Ends with one line "N passed, N failed" over every run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const artifacts = 'tests/.artifacts';
mkdirSync(artifacts, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function vitest(label, args, env) {
  const report = `${artifacts}/${label.replace(/\W+/g, '-')}.json`;
  const ok = run(
    label,
    'pnpm',
    [
      'exec',
      'vitest',
      'run',
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    env,
  );
  let counted = false;
  try {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
    counted = true;
    if (r.numTotalTests === 0) failures.push(`${label}: ran no test`);
  } catch {
    // No report means vitest stopped before testing (e.g. the global setup failed).
  }
  if (!ok) failures.push(label);
  if (!ok && !counted) totals.failed += 1;
}

vitest('unit', ['--project', 'unit']);
if (!run('web build', 'pnpm', ['--filter', '@tavazon/web', 'build'])) failures.push('web build');
vitest('integration and browser (pglite)', ['--project', 'e2e'], { TEST_ENGINE: 'pglite' });
if (process.env.TEST_DATABASE_URL) {
  vitest('integration (postgres)', ['--project', 'e2e', 'tests/integration'], { TEST_ENGINE: 'postgres' });
} else if (process.env.CI) {
  // CI must prove both engines; a missing PostgreSQL there is a failure, not a skip.
  console.log(
    '\nTEST_DATABASE_URL is not set in CI: start PostgreSQL with PostGIS and set it (see .ci/run).',
  );
  failures.push('integration (postgres): TEST_DATABASE_URL not set');
} else {
  console.log(
    '\nTEST_DATABASE_URL is not set: the integration suite ran on PGlite only (see README "Tests").',
  );
}

console.log('');
if (failures.length) console.log(`failed: ${failures.join('; ')}`);
console.log(
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failures.length || totals.failed ? 1 : 0);
