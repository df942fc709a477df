#!/usr/bin/env node
// `pnpm test`: unit tests beside the web build, then the integration and browser tests on the embedded
// PGlite beside the integration tests on the PostgreSQL named by TEST_DATABASE_URL (when set).
// Ends with one line "N passed, N failed" over every run.
//
// The steps that run side by side share nothing (each integration pass has its own database and server),
// and most of a pass is spent waiting on its database or browser, so the two passes together take little
// longer than the longer one. One step's output is shown as it runs, the other's when it ends (it is kept
// in tests/.artifacts/<step>.log). That is for TEST_PARALLEL=1; by default the steps run one after the other.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';

const artifacts = 'tests/.artifacts';
mkdirSync(artifacts, { recursive: true });
// One after the other by default: the tests that time the server (a health answer within 100 ms while the
// analysis pool is busy, a 503 within 2 s of an outage) measure the machine as well, and on two cores a
// second pass beside them made them fail. TEST_PARALLEL=1 runs the steps side by side on a larger machine.
const serial = process.env.TEST_PARALLEL !== '1';
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const failedTests = [];
const slug = (label) => label.replace(/\W+/g, '-');
const seconds = (t0) => `${((performance.now() - t0) / 1000).toFixed(0)} s`;

/** Runs a command; `shown` streams its output, otherwise it is printed in one piece when it ends. */
function run(label, command, args, { env = {}, shown = true } = {}) {
  const t0 = performance.now();
  console.log(`\n▶ ${label}${shown ? '' : ' (runs alongside; its output follows when it ends)'}`);
  const log = shown ? undefined : `${artifacts}/${slug(label)}.log`;
  const child = spawn(command, args, {
    stdio: shown ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  if (log) {
    const out = createWriteStream(log);
    child.stdout.pipe(out);
    child.stderr.pipe(out);
  }
  return new Promise((resolve) => {
    child.on('error', (err) => {
      console.log(`${label}: ${err.message}`);
      resolve(false);
    });
    child.on('close', (code) => {
      if (log)
        console.log(`\n▶ ${label} (output of the step that ran alongside)\n${readFileSync(log, 'utf8')}`);
      console.log(`■ ${label}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${seconds(t0)}`);
      resolve(code === 0);
    });
  });
}

async function vitest(label, args, options) {
  const report = `${artifacts}/${slug(label)}.json`;
  const ok = await run(
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
    options,
  );
  let counted = false;
  try {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
    counted = true;
    if (r.numTotalTests === 0) failures.push(`${label}: ran no test`);
    // The failed tests again at the very end: CI keeps only the tail of a long log.
    for (const file of r.testResults ?? []) {
      for (const t of file.assertionResults ?? []) {
        if (t.status !== 'failed') continue;
        const first = (t.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 300);
        failedTests.push(
          `${label} › ${file.name.replace(`${process.cwd()}/`, '')} › ${t.fullName}\n    ${first}`,
        );
      }
      if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'))
        failedTests.push(
          `${label} › ${file.name.replace(`${process.cwd()}/`, '')}\n    ${file.message ?? ''}`,
        );
    }
  } catch {
    // No report means vitest stopped before testing (e.g. the global setup failed).
  }
  if (!ok) failures.push(label);
  if (!ok && !counted) totals.failed += 1;
}

/** The steps one after the other, or side by side with TEST_PARALLEL=1 (the first one shown as it runs). */
async function together(...steps) {
  if (serial) {
    for (const step of steps) await step(true);
  } else {
    await Promise.all(steps.map((step, i) => step(i === 0)));
  }
}

const t0 = performance.now();
const postgres = Boolean(process.env.TEST_DATABASE_URL);
await together(
  (shown) => vitest('unit', ['--project', 'unit'], { shown }),
  async (shown) => {
    if (!(await run('web build', 'pnpm', ['--filter', '@tavazon/web', 'build'], { shown })))
      failures.push('web build');
  },
);
await together(
  (shown) =>
    vitest('integration and browser (pglite)', ['--project', 'e2e'], {
      env: { TEST_ENGINE: 'pglite' },
      shown,
    }),
  ...(postgres
    ? [
        (shown) =>
          vitest('integration (postgres)', ['--project', 'e2e', 'tests/integration'], {
            env: { TEST_ENGINE: 'postgres' },
            shown,
          }),
      ]
    : []),
);
if (!postgres && process.env.CI) {
  // CI must prove both engines; a missing PostgreSQL there is a failure, not a skip.
  console.log(
    '\nTEST_DATABASE_URL is not set in CI: start PostgreSQL with PostGIS and set it (see .ci/run).',
  );
  failures.push('integration (postgres): TEST_DATABASE_URL not set');
} else if (!postgres) {
  console.log(
    '\nTEST_DATABASE_URL is not set: the integration suite ran on PGlite only (see README "Tests").',
  );
}

console.log(`\nall steps done in ${seconds(t0)}`);
if (failedTests.length) console.log(`failed tests:\n  ${failedTests.join('\n  ')}`);
if (failures.length) console.log(`failed: ${failures.join('; ')}`);
console.log(
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failures.length || totals.failed ? 1 : 0);
