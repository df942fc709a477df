#!/usr/bin/env node
// `pnpm start`: builds the web app only when its sources are newer than the last build (a rebuild takes
// ≈ 20 s, a warm server start ≈ 3 s), then starts the server, which serves web/dist and the API.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

const built = 'web/dist/index.html';

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

// A stop during the build or the server's run is passed on: the build is ended, the server closes its
// database cleanly, and this wrapper exits with the server's code — a supervisor that stops `pnpm start`
// must not leave a server behind holding the embedded database's lock.
let child = null;
let stopping = null;
function stop(signal) {
  stopping ??= signal;
  if (child && child.exitCode === null) child.kill(signal);
  else process.exit(128 + os.constants.signals[signal]);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
// pnpm does not pass a stop signal on to the script it runs: a supervisor's SIGTERM to `pnpm start` ends
// pnpm alone and leaves this wrapper orphaned (re-parented). That is noticed here and taken as a SIGTERM.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop('SIGTERM');
}, 250).unref();

function run(command, args) {
  child = spawn(command, args, { stdio: 'inherit' });
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? 128 + (os.constants.signals[signal] ?? 0)));
  });
}

const sources = ['web', 'geo/src', 'pnpm-lock.yaml'];
const stale = !existsSync(built) || sources.some((s) => newestMtime(s) > statSync(built).mtimeMs);
if (stale) {
  const status = await run('pnpm', ['--filter', '@tavazon/web', 'build']);
  if (status !== 0 || stopping) process.exit(status || 1);
}
// Straight to node (not through pnpm) so that a stop signal reaches the server itself.
process.exit(await run(process.execPath, ['--import', 'tsx', 'server/src/main.ts']));
