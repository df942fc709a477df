import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deleteTestProjects, openDb, places, projectBody, signedIn } from './accounts.ts';

// Several server processes on one database behind a load balancer (README, Caching): the data versions
// live in the database, so a write through one process is seen at once through the other, by ETag and
// body. A: the suite's server (this run's main process); B: a second process started here with the same
// public origin, as behind one balancer.
//
// PostgreSQL only: PGlite is one process's database, and its loopback socket serves one session, so a
// second server would run its transactions inside the first one's.
const root = fileURLToPath(new URL('../../', import.meta.url));
const sql = openDb();
let child: ChildProcess | undefined;
let a = '';
let b = '';
let session = { cookie: '', csrf: '' };

function startSecondServer(): Promise<string> {
  return new Promise((resolve, reject) => {
    const port = 40_000 + Math.floor(Math.random() * 20_000);
    child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: inject('databaseUrl'),
        HOST: '127.0.0.1',
        PORT: String(port),
        TAVAZON_PUBLIC_ORIGIN: inject('baseUrl'),
        TAVAZON_REQUEST_LOG: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`second server did not start: ${output}`)), 150_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const ready = /tavazon: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`second server exited with ${code}: ${output}`)));
  });
}

async function request(base: string, method: string, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set('accept-encoding', 'br');
  if (session.cookie) headers.set('cookie', session.cookie);
  if (method !== 'GET') headers.set('x-csrf-token', session.csrf);
  if (init.body) headers.set('content-type', 'application/json');
  const res = await fetch(`${base}${path}`, { ...init, method, headers });
  return { status: res.status, etag: res.headers.get('etag'), text: await res.text() };
}
const anonymous = (base: string, path: string, etag?: string | null) =>
  fetch(`${base}${path}`, {
    headers: { 'accept-encoding': 'br', ...(etag ? { 'if-none-match': etag } : {}) },
  }).then(async (res) => ({ status: res.status, etag: res.headers.get('etag'), text: await res.text() }));

const run = inject('engine') === 'postgres';

/** The tile (Web Mercator, XYZ) holding a place at a zoom. */
function tilePath(place: { lng: number; lat: number }, z: number) {
  const n = 2 ** z;
  const x = Math.floor(((place.lng + 180) / 360) * n);
  const rad = (place.lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return `/tiles/projects/${z}/${x}/${y}.mvt`;
}

beforeAll(async () => {
  if (!run) return;
  a = inject('baseUrl');
  b = await startSecondServer();
  // Sessions live in the database too: signed in through A, the same cookie writes through B.
  const admin = await signedIn(sql, 'admin');
  session = { cookie: admin.cookie!, csrf: admin.csrf! };
}, 200_000);

afterAll(async () => {
  child?.kill('SIGTERM');
  await deleteTestProjects(sql);
  await sql.end({ timeout: 5 });
});

describe.skipIf(!run)('two server processes on one PostgreSQL', () => {
  it('agree on ETags, and a write through either is seen at once through the other', async () => {
    const path = '/api/projects';
    const [fromA, fromB] = [await anonymous(a, path), await anonymous(b, path)];
    expect(fromA.status).toBe(200);
    expect(fromB.etag).toBe(fromA.etag);
    expect(fromB.text).toBe(fromA.text);
    // B has its own copy in memory now; a 304 from B for A's tag.
    expect((await anonymous(b, path, fromA.etag)).status).toBe(304);

    // The projects' vector tile over Tehran at zoom 10, once the tile routes are mounted (issue 14).
    const tile = tilePath(places.tehran, 10);
    const tileBefore = await anonymous(a, tile);
    const tiles = tileBefore.status !== 404;
    if (tiles) {
      expect(tileBefore.status).toBe(200);
      expect((await anonymous(b, tile)).etag).toBe(tileBefore.etag);
    }

    const title = `two servers ${Date.now()}`;
    const made = await request(b, 'POST', '/api/projects', {
      body: JSON.stringify(projectBody(places.tehran, { title_en: title, published: true })),
    });
    expect(made.status, made.text).toBe(201);
    const id = JSON.parse(made.text).id as number;

    const seenByA = await anonymous(a, path, fromA.etag);
    expect(seenByA.status).toBe(200);
    expect(seenByA.etag).not.toBe(fromA.etag);
    expect(seenByA.text).toContain(title);
    if (tiles) {
      const tileAfter = await anonymous(a, tile, tileBefore.etag);
      expect(tileAfter.status).toBe(200);
      expect(tileAfter.etag).not.toBe(tileBefore.etag);
      expect(tileAfter.text).not.toBe(tileBefore.text);
    }

    const renamed = `${title} renamed`;
    const patched = await request(a, 'PATCH', `/api/projects/${id}`, {
      body: JSON.stringify({ version: 1, title_en: renamed }),
    });
    expect(patched.status, patched.text).toBe(200);
    const seenByB = await anonymous(b, path, seenByA.etag);
    expect(seenByB.status).toBe(200);
    expect(seenByB.text).toContain(renamed);
    expect((await anonymous(b, `/api/projects/${id}`)).text).toContain(renamed);
    expect((await anonymous(a, path)).etag).toBe(seenByB.etag);

    // The county's layer counts it through both.
    const county = `/api/counties/${places.tehran.county}?set=current`;
    const counted = await anonymous(a, county);
    await request(b, 'PATCH', `/api/projects/${id}`, {
      body: JSON.stringify({ version: 2, published: false }),
    });
    const recounted = await anonymous(a, county, counted.etag);
    expect(recounted.status).toBe(200);
    const total = (text: string) =>
      Object.values(JSON.parse(text).projects as Record<string, number>).reduce((x, y) => x + y, 0);
    expect(total(recounted.text)).toBe(total(counted.text) - 1);
  });
});
