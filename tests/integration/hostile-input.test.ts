import { importLimits } from '@tavazon/contract';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeZip } from '../../server/src/zip/zip.ts';
import { type Client, openDb, signedIn } from './accounts.ts';
import { get } from './http.ts';
import { zanjanScheme } from './schemes.ts';

// Issue 13's hostile requests, each of which once froze the server, exhausted its heap or answered 500.
// Every one must now get a prompt 4xx naming the field or limit, and health must keep answering.

const sql = openDb();
let planner: Client;
beforeAll(async () => {
  planner = await signedIn(sql, 'planner', ['IR-19']);
});
afterAll(async () => {
  await sql`DELETE FROM region_scheme WHERE seed_key IS NULL`;
  await sql.end({ timeout: 5 });
});

const url = (path: string) => new URL(path, inject('baseUrl'));

/** Sends a request and, meanwhile, times /api/health every 50 ms: the longest health answer. */
async function whileHealthWatched<T>(send: () => Promise<T>) {
  let worst = 0;
  let done = false;
  const probe = (async () => {
    while (!done) {
      const t = performance.now();
      await fetch(url('/api/health')).then((r) => r.arrayBuffer());
      worst = Math.max(worst, performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  try {
    return { result: await send(), worst: () => worst };
  } finally {
    done = true;
    await probe;
  }
}

const importAs = (client: Client, type: string, body: Buffer | string) =>
  client.request('POST', '/api/projects/import?mode=preview', {
    body: typeof body === 'string' ? body : new Uint8Array(body),
    headers: { 'content-type': type },
  });

describe('hostile uploads', () => {
  it('refuses a small workbook that declares millions of empty rows, without exhausting memory', async () => {
    // ~60 MB of "<row/>" deflates to well under the 10 MB upload limit: ten million declared rows.
    const sheet = Buffer.concat([
      Buffer.from(
        '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>title_fa</t></is></c></row>',
      ),
      Buffer.alloc(60 * 2 ** 20, '<row/>'),
      Buffer.from('</sheetData></worksheet>'),
    ]);
    const xlsx = writeZip([
      {
        name: 'xl/workbook.xml',
        data: Buffer.from('<workbook><sheets><sheet r:id="rId1"/></sheets></workbook>'),
      },
      { name: 'xl/worksheets/sheet1.xml', data: sheet },
    ]);
    expect(xlsx.length).toBeLessThan(importLimits.unpackedBytes);
    const { result, worst } = await whileHealthWatched(() =>
      importAs(planner, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx),
    );
    expect(result.status).toBe(413);
    expect(result.body.error).toMatchObject({ code: 'import.xlsx_too_large', field: 'file' });
    expect(result.body.error.message).toContain(`more than ${importLimits.sheetRows} rows`);
    expect(worst()).toBeLessThan(2000);
  });

  it('answers 503 with Retry-After when the worker pool is full, and health stays responsive', async () => {
    // Each of these takes a worker about a second: more of them at once than threads + queue.
    const heavy = `title_fa\n${'x,'.repeat(30_000)}\n`.repeat(30);
    const { result, worst } = await whileHealthWatched(() =>
      Promise.all(Array.from({ length: 10 }, () => importAs(planner, 'text/csv', heavy))),
    );
    const busy = result.filter((r) => r.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]!.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(busy[0]!.body.error).toMatchObject({ code: 'server.busy' });
    for (const r of result) expect([200, 413, 503]).toContain(r.status);
    expect(worst()).toBeLessThan(2000);
  });

  it('refuses a CSV whose header has millions of columns, naming the limit', async () => {
    const csv = `${','.repeat(3_000_000)}\n1,2\n`;
    const { result, worst } = await whileHealthWatched(() => importAs(planner, 'text/csv', csv));
    expect(result.status).toBe(413);
    expect(result.body.error).toMatchObject({
      code: 'import.too_many_columns',
      field: 'file',
      params: { max: importLimits.columns },
    });
    expect(worst()).toBeLessThan(2000);
  });

  it('refuses a CSV line longer than the record limit, naming its line', async () => {
    const res = await importAs(
      planner,
      'text/csv',
      `title_fa\nok\n${'x'.repeat(importLimits.recordChars + 100)}\n`,
    );
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({
      code: 'import.record_too_long',
      params: { max: importLimits.recordChars, line: 3 },
    });
  });

  it('refuses a CSV of more columns than a form has', async () => {
    const header = Array.from({ length: importLimits.columns + 1 }, (_, i) => `c${i}`).join(',');
    const res = await importAs(planner, 'text/csv', `${header}\n`);
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({
      code: 'import.too_many_columns',
      params: { max: importLimits.columns },
    });
  });

  it('refuses a GeoJSON nested deeper than the limit before parsing it, naming the limit', async () => {
    // 4 MB of "[": JSON.parse would build it (and a walk over it overflow the stack); one pass refuses it.
    const deep = `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"x":${'['.repeat(4 * 2 ** 20)}${']'.repeat(4 * 2 ** 20)}}}]}`;
    const { result, worst } = await whileHealthWatched(() => importAs(planner, 'application/geo+json', deep));
    expect(result.status).toBe(413);
    expect(result.body.error).toMatchObject({
      code: 'import.too_deep',
      field: 'file',
      params: { max: importLimits.depth },
    });
    expect(result.body.error.message).toContain(`more than ${importLimits.depth} levels`);
    expect(worst()).toBeLessThan(2000);
    // A usual point feature collection is far below the limit.
    const ok = await importAs(
      planner,
      'application/geo+json',
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"title_fa":"x","supporting_agencies":["a"]},"geometry":{"type":"Point","coordinates":[48.5,36.7]}}]}',
    );
    expect(ok.status).toBe(200);
  });

  it('refuses a CSV with a quote never closed, naming the line', async () => {
    const res = await importAs(planner, 'text/csv', 'title_fa,sector\n"ok",energy\n"broken,energy\n');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'import.not_csv', field: 'file' });
  });
});

describe('hostile JSON bodies', () => {
  it('refuses an anonymous 40 MB composite body of millions of keys before reading it', async () => {
    const keys = Array.from({ length: 2_000_000 }, (_, i) => `"k${i}":1`).join(',');
    const body = `{${keys}}`;
    expect(body.length).toBeGreaterThan(20 * 2 ** 20);
    const { result, worst } = await whileHealthWatched(() =>
      fetch(url('/api/analysis/composite'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as any })),
    );
    expect(result.status).toBe(413);
    expect(result.body.error).toMatchObject({ code: 'body.too_large', field: 'body' });
    expect(worst()).toBeLessThan(2000);
  });

  const composite = (extra: string) =>
    fetch(url('/api/analysis/composite'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"set":"census-1395","period":"1395","indicators":["population","literacy_rate"]${extra}}`,
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));

  it('refuses unknown composite fields by name, __proto__ included', async () => {
    for (const field of ['__proto__', 'weight']) {
      const res = await composite(`,"${field}":{"x":1}`);
      expect(res.status, field).toBe(400);
      expect(res.body.error, field).toMatchObject({ code: 'field.unknown', field });
    }
  });

  it('calls a composite body that is not an object "body", not "json"', async () => {
    const res = await fetch(url('/api/analysis/composite'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '[1,2]',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error).toMatchObject({ code: 'body.not_object', field: 'body' });
  });

  it('answers 400 naming updated_at when a scheme PATCH sends one that is not a timestamp (was a 500)', async () => {
    const created = await planner.post('/api/region-schemes', zanjanScheme());
    expect(created.status).toBe(201);
    for (const updated_at of ['yesterday', '2026-13-45T99:00:00Z', '0']) {
      const res = await planner.patch(`/api/region-schemes/${created.body.id}`, { updated_at, name_en: 'x' });
      expect(res.status, updated_at).toBe(400);
      expect(res.body.error, updated_at).toMatchObject({ code: 'field.invalid', field: 'updated_at' });
    }
  });
});

describe('loose edges', () => {
  it.each([
    '/api/projects/0x10',
    '/api/projects/1e1',
    '/api/projects/%2016',
    '/api/region-schemes/0x1',
    '/api/counties?zoom=0x5',
    '/api/provinces?zoom=1e1',
    '/api/counties/at?lng=0x30&lat=36',
    '/api/analysis/autocorrelation?indicator=population&set=census-1395&permutations=0x10',
  ])('accepts only decimal digits: %s → 400', async (path) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe('field.invalid');
  });

  it('lists the schemes of every boundary set when no set is given', async () => {
    const all = await get<{ set: string }[]>('/api/region-schemes');
    const census = await get<{ set: string }[]>('/api/region-schemes?set=census-1395');
    expect(census.body.length).toBeGreaterThan(0);
    expect(all.body.length).toBeGreaterThanOrEqual(census.body.length);
    expect(all.body.map((s) => s.set)).toContain('census-1395');
  });
});
