import { createApp } from '@tavazon/server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Client, openDb, signedIn } from './accounts.ts';

// Property-based fuzzing of every API route: generated path parameters, query strings and bodies, sent
// anonymously and as an admin. Whatever is sent, the answer is never a 5xx, comes within a bound, and
// /api/health keeps answering meanwhile. Routes are read from the Hono app itself, so a new route is
// fuzzed without touching this file. Seeded: FUZZ_SEED=<n> replays a run (the seed is printed).

const sql = openDb();
let admin: Client;
// When the run started, by the database's clock: what was created after it is the fuzz's own (the e2e files
// run one at a time), whoever the generated request was sent as.
let startedAt: Date;
beforeAll(async () => {
  admin = await signedIn(sql, 'admin');
  const [row] = await sql<{ now: Date }[]>`SELECT now()`;
  startedAt = row!.now;
});
afterAll(async () => {
  await sql`DELETE FROM region_scheme WHERE seed_key IS NULL`;
  // What a fuzzed body happened to create (organisations named «aa» or «acf») would show on other tests'
  // pages (the language walk reads the organisations' list): gone with the run.
  await sql`DELETE FROM meeting WHERE created_at >= ${startedAt}`;
  // A generated project may name a generated organisation as its executing agency (a small id is a likely
  // draw), which kept «eeea» on the organisations' list: the projects go first.
  await sql`DELETE FROM project WHERE created_at >= ${startedAt}`;
  await sql`DELETE FROM organisation_patronage WHERE created_at >= ${startedAt}`;
  await sql`DELETE FROM organisation o WHERE o.created_at >= ${startedAt}
    AND NOT EXISTS (SELECT 1 FROM decision d WHERE d.executing_org_id = o.id OR o.id = ANY (d.supporting_org_ids))
    AND NOT EXISTS (SELECT 1 FROM project p WHERE p.executing_org_id = o.id OR o.id = ANY (p.supporting_org_ids))`;
  // Whatever still holds one is named here, rather than read by a later test as an English word.
  const left = await sql<
    { name_fa: string }[]
  >`SELECT name_fa FROM organisation WHERE created_at >= ${startedAt}`;
  await sql.end({ timeout: 5 });
  expect(
    left.map((o) => o.name_fa),
    'organisations the fuzz created and could not remove',
  ).toEqual([]);
});

// The app is only asked for its routes: no request reaches this database handle.
const app = createApp({ sql: null as never, engine: 'postgres' });
const methods = new Set(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']);
const routes = [
  ...new Map(
    app.routes
      .filter((r) => methods.has(r.method) && r.path.startsWith('/api/') && !r.path.includes('*'))
      .map((r) => [`${r.method} ${r.path}`, { method: r.method, path: r.path }]),
  ).values(),
]
  // The admin's own session must survive the run.
  .filter((r) => !['/api/auth/logout', '/api/auth/password'].includes(r.path));

// Ids that exist are left alone (a fuzzed DELETE must not remove another test's data): numbers far
// above any id, or anything that is not a decimal id at all.
const pathValue = fc.oneof(
  fc.bigInt({ min: 10n ** 12n, max: 2n ** 70n }).map(String),
  fc.constantFrom('0x10', '1e3', '-1', '0', '1.5', ' 7', '%00', 'IR-10', 'current', 'census-1395', ''),
  fc.string({ maxLength: 40 }).filter((s) => !/^\d+$/.test(s)),
);
const queryName = fc.oneof(
  fc.constantFrom(
    'set',
    'province',
    'zoom',
    'indicator',
    'period',
    'scheme',
    'bbox',
    'status',
    'sector',
    'county',
    'format',
    'mode',
    'note',
    'permutations',
    'seed',
    'significance',
    'contiguity',
    'include',
    'weight',
    'lng',
    'lat',
    'q',
    'limit',
    'offset',
    'published',
    'archived',
    '__proto__',
  ),
  fc.string({ maxLength: 12 }),
);
const queryValue = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.double().map(String),
  fc.integer().map(String),
  fc.constantFrom('0x10', '1e999', 'NaN', '-0', 'census-1395', 'unemployment_rate', '1395', 'IR-19', '9999'),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
const query = fc.array(fc.tuple(queryName, queryValue), { maxLength: 6 });
const body = fc.oneof(
  fc.record({ kind: fc.constant('json' as const), value: fc.jsonValue({ maxDepth: 4 }) }),
  fc.record({
    kind: fc.constant('json' as const),
    value: fc.dictionary(
      fc.oneof(
        queryName,
        fc.constantFrom('title_fa', 'location', 'indicators', 'weights', 'regions', 'updated_at', 'username'),
      ),
      fc.jsonValue({ maxDepth: 3 }),
      { maxKeys: 8 },
    ),
  }),
  fc.record({
    kind: fc.constant('raw' as const),
    value: fc.string({ maxLength: 200 }),
    type: fc.constantFrom(
      'text/csv',
      'application/json',
      'application/geo+json',
      'text/plain',
      'multipart/form-data',
      '',
    ),
  }),
  fc.constant({ kind: 'none' as const }),
);

const request = fc.record({
  route: fc.constantFrom(...routes),
  params: fc.array(pathValue, { minLength: 4, maxLength: 4 }),
  query,
  body,
  asAdmin: fc.boolean(),
});

/** The answer's bound: generous for a loaded 2-core machine, far below the freezes of issue 13. */
const answerBoundMs = 10_000;
const healthBoundMs = 2_000;

describe('fuzzing every route', () => {
  it('finds the routes of the app', () => {
    expect(routes.length).toBeGreaterThan(25);
    expect(routes).toContainEqual({ method: 'POST', path: '/api/analysis/composite' });
  });

  it('never answers 5xx, always within the bound, and health stays responsive', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
    console.log(`fuzz seed ${seed} (FUZZ_SEED=${seed} replays it); ${routes.length} routes`);
    const base = inject('baseUrl');
    let worstHealth = 0;
    let stop = false;
    const probe = (async () => {
      while (!stop) {
        const t = performance.now();
        const res = await fetch(new URL('/api/health', base));
        await res.arrayBuffer();
        worstHealth = Math.max(worstHealth, performance.now() - t);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const seen = new Map<string, number>();
    try {
      await fc.assert(
        fc.asyncProperty(request, async ({ route, params, query, body, asAdmin }) => {
          let i = 0;
          const path = route.path.replace(/:\w+/g, () => encodeURIComponent(params[i++] ?? ''));
          const search = new URLSearchParams(query).toString();
          const url = `${path}${search ? `?${search}` : ''}`;
          const headers: Record<string, string> = {};
          let payload: string | undefined;
          if (route.method !== 'GET' && body.kind === 'json') {
            payload = JSON.stringify(body.value);
            headers['content-type'] = 'application/json';
          } else if (route.method !== 'GET' && body.kind === 'raw') {
            payload = body.value;
            if (body.type) headers['content-type'] = body.type;
          }
          const client = asAdmin ? admin : null;
          const t = performance.now();
          const res = client
            ? await client.request(route.method, url, { body: payload, headers })
            : await fetch(new URL(url, base), { method: route.method, headers, body: payload }).then(
                async (r) => ({ status: r.status, text: await r.text() }),
              );
          const ms = performance.now() - t;
          const key = `${route.method} ${route.path}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
          const what = `${route.method} ${url} ${payload?.slice(0, 200) ?? ''} → ${res.status} ${res.text.slice(0, 300)}`;
          expect(res.status, what).toBeLessThan(500);
          expect(ms, what).toBeLessThan(answerBoundMs);
        }),
        { seed, numRuns: Number(process.env.FUZZ_RUNS ?? 3000), interruptAfterTimeLimit: 50_000 },
      );
    } finally {
      stop = true;
      await probe;
    }
    expect(worstHealth).toBeLessThan(healthBoundMs);
    // Every route was tried at least once (3000 draws over ~30 routes).
    expect([...seen.keys()].length).toBeGreaterThan(routes.length * 0.8);
  });
});
