// Diagnosis of the event-loop block during hostile uploads (not part of the bench): starts the server (with a
// CPU profile when PROFILE=1), sends the bench's uploads, which record the server's own event-loop max delay.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { connect, ensureLoaded, migrate, repoRoot } from '@tavazon/data';
import { ensureDatabase } from './ensureDatabase.ts';
import { hostileBench, prepareHostileBench } from './hostileUpload.ts';

const url = process.env.BENCH_DATABASE_URL!;
await ensureDatabase(url);
const db = await connect({ url });
await migrate(db.sql);
await ensureLoaded(db.sql, { log: console.log });
await prepareHostileBench(db.sql);
await db.close();
const port = 47_000 + Math.floor(Math.random() * 1000);
const profile = process.env.PROFILE ? ['--cpu-prof', '--cpu-prof-dir', join(repoRoot, '.data', 'prof')] : [];
const child = spawn(process.execPath, [...profile, '--import', 'tsx', join(repoRoot, 'server/src/main.ts')], {
  env: { ...process.env, DATABASE_URL: url, PORT: String(port), TAVAZON_REQUEST_LOG: '0' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
for (;;) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 50));
}
await hostileBench(port, child.pid!);
child.kill('SIGINT');
