import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readXlsx } from '../../server/src/xlsx/readXlsx.ts';
import { writeXlsx } from '../../server/src/xlsx/writeXlsx.ts';
import { writeZip } from '../../server/src/zip/zip.ts';
import {
  type Client,
  deleteTestProjects,
  openDb,
  places,
  projectBody,
  projectChecksum,
  type RequestBody,
  signedIn,
  uniqueName,
} from './accounts.ts';

const sql = openDb();
let admin: Client;
let planner: Client; // Tehran only
let existingTitle: string;
const tag = uniqueName('import');

beforeAll(async () => {
  admin = await signedIn(sql, 'admin');
  planner = await signedIn(sql, 'planner', [places.tehran.province]);
  existingTitle = `${tag} موجود`;
  await admin.post('/api/projects', projectBody(places.tehran, { title_fa: existingTitle }));
});
afterAll(async () => {
  await deleteTestProjects(sql);
  await sql.end({ timeout: 5 });
});

const { tehran, mashhad, erbil } = places;
const header = [
  'title_fa',
  'title_en',
  'sector',
  'status',
  'lat',
  'lng',
  'start_date',
  'end_date',
  'progress',
  'investment',
  'investment_unit',
  'published',
];
type Row = (string | number | boolean | null)[];

// A file with one defect per row (two rows are fine), and the problem each must be reported as.
const broken = (): { rows: Row[]; expected: [row: number, column: string | null, reason: RegExp][] } => ({
  rows: [
    [
      `${tag} یک`,
      'One',
      'energy',
      'study',
      '۳۵٫۶۸۹',
      '۵۱٫۳۸۹',
      '۱۴۰۲/۰۵/۱۲',
      '2025-03-20',
      '۴۰',
      '١٢٣٤',
      'IRR-billion',
      'بله',
    ],
    ['', 'No title', 'energy', 'idea', tehran.lat, tehran.lng, null, null, null, null, null, null],
    [`${tag} سه`, null, 'energy', 'finished', tehran.lat, tehran.lng, null, null, null, null, null, null],
    [`${tag} چهار`, null, 'space', 'idea', tehran.lat, tehran.lng, null, null, null, null, null, null],
    [
      `${tag} پنج`,
      null,
      'energy',
      'idea',
      tehran.lat,
      tehran.lng,
      '1402/13/40',
      null,
      null,
      null,
      null,
      null,
    ],
    [`${tag} شش`, null, 'energy', 'idea', 10, 10, null, null, null, null, null, null],
    [`${tag} هفت`, null, 'energy', 'idea', tehran.lng, tehran.lat, null, null, null, null, null, null],
    [`${tag} هشت`, null, 'energy', 'idea', erbil.lat, erbil.lng, null, null, null, null, null, null],
    [`${tag} یک`, 'Again', 'water', 'idea', tehran.lat, tehran.lng, null, null, null, null, null, null],
    [`${tag} ده`, null, 'energy', 'idea', tehran.lat, tehran.lng, null, null, 150, null, null, null],
    [`${tag} یازده`, null, 'energy', 'idea', tehran.lat, tehran.lng, null, null, null, 50, null, null],
    [`${tag} دوازده`, null, 'mining', 'existing', '٣٦٫٣', '٥٩٫٦', '1403-01-01', null, null, null, null, 'no'],
    [existingTitle, null, 'energy', 'idea', tehran.lat, tehran.lng, null, null, null, null, null, null],
    [
      `${tag} چهارده`,
      null,
      'energy',
      'idea',
      tehran.lat,
      tehran.lng,
      '2025-05-01',
      '2024-01-01',
      null,
      null,
      null,
      null,
    ],
    [`${tag} پانزده`, null, 'energy', 'idea', 'north', tehran.lng, null, null, null, null, null, 'maybe'],
  ],
  expected: [
    [3, 'title_fa', /missing/],
    [4, 'status', /unknown status/],
    [5, 'sector', /unknown sector/],
    [6, 'start_date', /not a real Solar Hijri date/],
    [7, 'lat', /outside Iran/],
    [8, 'lat', /look swapped/],
    [9, 'lat', /outside every county/],
    [10, 'title_fa', /duplicate of row 2/],
    [11, 'progress', /whole number from 0 to 100/],
    [12, 'investment_unit', /required with investment/],
    [14, 'title_fa', /already in the registry as project \d+/],
    [15, 'end_date', /before start_date/],
    [16, 'lat', /not a number/],
    [16, 'published', /true or false/],
  ],
});

const csvOf = (rows: Row[], columns = header) =>
  [columns, ...rows]
    .map((r) =>
      r
        .map((v) =>
          v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v),
        )
        .join(','),
    )
    .join('\n');

const geojsonOf = (rows: Row[]) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: rows.map((r) => {
      const props = Object.fromEntries(
        header.map((h, i) => [h, r[i]]).filter(([h]) => h !== 'lat' && h !== 'lng'),
      );
      const lat = Number(
        String(r[4])
          .replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)))
          .replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)))
          .replace(/٫/, '.'),
      );
      const lng = Number(
        String(r[5])
          .replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)))
          .replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)))
          .replace(/٫/, '.'),
      );
      return {
        type: 'Feature',
        geometry: Number.isFinite(lat) ? { type: 'Point', coordinates: [lng, lat] } : null,
        properties: props,
      };
    }),
  });

const upload = (
  client: Client,
  body: RequestBody,
  type: string,
  mode: 'preview' | 'commit' = 'preview',
  extra = '',
) =>
  client.request('POST', `/api/projects/import?mode=${mode}${extra}`, {
    body,
    headers: { 'content-type': type },
  });

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('import preview', () => {
  it('reports every defect of a broken CSV by row, column and reason', async () => {
    const { rows, expected } = broken();
    const res = await upload(admin, `${csvOf(rows, [...header.slice(0, -1), 'published'])}\n`, 'text/csv');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ mode: 'preview', format: 'csv', rows: rows.length, valid: 2 });
    for (const [row, column, reason] of expected) {
      expect(res.body.problems, `row ${row} ${column}`).toContainEqual(
        expect.objectContaining({ row, column, reason: expect.stringMatching(reason) }),
      );
    }
    const flagged = new Set(res.body.problems.map((p: any) => p.row));
    expect(flagged.has(2)).toBe(false); // Persian digits, a Solar Hijri date, بله
    expect(flagged.has(13)).toBe(false); // Arabic-Indic digits, «existing»
    expect(res.body.sample.map((s: any) => s.row)).toEqual([2, 13]);
  });

  it('reports the same defects in GeoJSON (rows are feature numbers)', async () => {
    const { rows, expected } = broken();
    const res = await upload(admin, geojsonOf(rows), 'application/geo+json');
    expect(res.status).toBe(200);
    for (const [row, column, reason] of expected) {
      if (row === 16 && column === 'lat') continue; // the feature has no point: reported as geometry
      const why = row === 10 ? /duplicate of feature 1\b|duplicate of row 1\b/ : reason;
      expect(res.body.problems, `feature ${row - 1} ${column}`).toContainEqual(
        expect.objectContaining({ row: row - 1, column, reason: expect.stringMatching(why) }),
      );
    }
    expect(res.body.problems).toContainEqual(expect.objectContaining({ row: 15, column: 'geometry' }));
    expect(res.body.valid).toBe(2);
  });

  it('reports the same defects in XLSX (rows as the spreadsheet numbers them)', async () => {
    const { rows, expected } = broken();
    const res = await upload(admin, new Uint8Array(writeXlsx([header, ...rows])), xlsxType);
    expect(res.status).toBe(200);
    for (const [row, column, reason] of expected) {
      expect(res.body.problems, `row ${row} ${column}`).toContainEqual(
        expect.objectContaining({ row, column, reason: expect.stringMatching(reason) }),
      );
    }
    expect(res.body.valid).toBe(2);
  });

  it('reads shared strings and date serial numbers as Excel writes them', async () => {
    const strings = [
      'title_fa',
      'sector',
      'status',
      'lat',
      'lng',
      'start_date',
      `${tag} اکسل`,
      'energy',
      'study',
    ];
    const si = strings.map((s) => `<si><t>${s}</t></si>`).join('');
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
      <row r="1">${[0, 1, 2, 3, 4, 5].map((i) => `<c r="${'ABCDEF'[i]}1" t="s"><v>${i}</v></c>`).join('')}</row>
      <row r="3"><c r="A3" t="s"><v>6</v></c><c r="B3" t="s"><v>7</v></c><c r="C3" t="s"><v>8</v></c>
        <c r="D3"><v>${tehran.lat}</v></c><c r="E3"><v>${tehran.lng}</v></c><c r="F3" s="1"><v>45292</v></c></row>
    </sheetData></worksheet>`;
    const part = (name: string, xml: string) => ({ name, data: Buffer.from(xml) });
    const file = writeZip([
      part(
        'xl/workbook.xml',
        '<workbook xmlns:r="r"><sheets><sheet name="A" sheetId="1" r:id="rId7"/></sheets></workbook>',
      ),
      part(
        'xl/_rels/workbook.xml.rels',
        '<Relationships><Relationship Id="rId7" Target="/xl/worksheets/data.xml"/></Relationships>',
      ),
      part('xl/sharedStrings.xml', `<sst>${si}</sst>`),
      part('xl/worksheets/data.xml', sheet),
    ]);
    const res = await upload(admin, new Uint8Array(file), xlsxType, 'commit');
    expect(res.status, res.text).toBe(201);
    const project = await admin.get(`/api/projects/${res.body.ids[0]}`);
    expect(project.body.properties).toMatchObject({
      title_fa: `${tag} اکسل`,
      start_date: '2024-01-01',
      status: 'study',
    });
  });

  it("refuses rows outside a planner's provinces", async () => {
    const rows: Row[] = [
      [`${tag} مشهد`, null, 'energy', 'idea', mashhad.lat, mashhad.lng, null, null, null, null, null, null],
    ];
    const res = await upload(planner, csvOf(rows), 'text/csv');
    expect(res.body.problems).toEqual([
      expect.objectContaining({ row: 2, column: 'lat', reason: expect.stringMatching(/IR-09.*IR-23 only/) }),
    ]);
  });

  it('reports unknown and missing columns on the header row', async () => {
    const res = await upload(admin, `title_fa,colour,lat,lng\nx,red,35.7,51.4\n`, 'text/csv');
    expect(res.body.problems).toContainEqual(
      expect.objectContaining({ row: 1, column: 'colour', reason: expect.stringMatching(/unknown column/) }),
    );
    expect(res.body.problems).toContainEqual(
      expect.objectContaining({ row: 1, column: 'sector', reason: 'required column missing' }),
    );
  });
});

describe('import commit', () => {
  it('writes nothing when any row has a problem (422 with the report)', async () => {
    const before = await projectChecksum(sql);
    for (const [body, type] of [
      [csvOf(broken().rows), 'text/csv'],
      [geojsonOf(broken().rows), 'application/geo+json'],
      [new Uint8Array(writeXlsx([header, ...broken().rows])), xlsxType],
    ] as const) {
      const res = await upload(admin, body, type, 'commit');
      expect(res.status).toBe(422);
      expect(res.body.error.message).toMatch(/nothing was imported/);
      expect(res.body.problems.length).toBeGreaterThanOrEqual(13);
    }
    expect(await projectChecksum(sql)).toEqual(before);
  });

  it('imports a clean file in one transaction, each project recorded as imported', async () => {
    const rows = broken().rows.filter((_, i) => i === 0 || i === 11);
    const res = await planner.request('POST', '/api/projects/import?mode=commit&note=plan%201403', {
      body: (() => {
        const form = new FormData();
        form.set('file', new Blob([csvOf(rows.slice(0, 1))], { type: 'text/csv' }), 'projects.csv');
        return form;
      })(),
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ mode: 'commit', imported: 1 });
    const all = await upload(admin, csvOf(rows.slice(1)), 'text/csv', 'commit');
    expect(all.body.imported).toBe(1);
    const [first] = await sql<any[]>`
      SELECT p.title_en, p.start_date::text, p.end_date::text, p.progress, p.investment::float8 AS investment, p.published,
             h.action, h.note, u.username
      FROM project p JOIN project_history h ON h.project_id = p.id JOIN app_user u ON u.id = h.actor_id
      WHERE p.id = ${res.body.ids[0]}`;
    expect(first).toMatchObject({
      title_en: 'One',
      start_date: '2023-08-03',
      end_date: '2025-03-20',
      progress: 40,
      investment: 1234,
      published: true,
      action: 'imported',
      note: 'plan 1403',
      username: planner.user.username,
    });
    const second = await admin.get(`/api/projects/${all.body.ids[0]}`);
    expect(second.body.properties).toMatchObject({
      status: 'operational',
      source_status: 'existing',
      province: 'IR-09',
      published: false,
    });
    // The same file again: every row is now a duplicate of the registry.
    const again = await upload(admin, csvOf(rows.slice(1)), 'text/csv', 'commit');
    expect(again.status).toBe(422);
    expect(again.body.problems[0].reason).toMatch(/already in the registry/);
  });

  it('refuses an oversized file with 413, a zip bomb with 413, an unknown type with 415', async () => {
    // Packed before the first upload: packing 210 MB takes seconds on a busy machine, long enough for the
    // server to close the kept-alive connection that the next request would reuse.
    const bomb = writeZip([
      {
        name: 'xl/workbook.xml',
        data: Buffer.from('<workbook><sheets><sheet r:id="rId1"/></sheets></workbook>'),
      },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(210 * 1024 * 1024, 32) },
    ]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const big = `${header.join(',')}\n${'x'.repeat(11 * 1024 * 1024)}`;
    const res = await upload(admin, big, 'text/csv');
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/larger than 10 MB/);
    const exploded = await upload(admin, new Uint8Array(bomb), xlsxType);
    expect(exploded.status).toBe(413);
    expect(exploded.body.error.message).toMatch(/unpacks to more than/);
    const plain = await upload(admin, 'hello', 'text/plain');
    expect(plain.status).toBe(415);
    expect(plain.body.error.field).toBe('file');
  });

  it('refuses a file that is not what it says with 400', async () => {
    const cases: [RequestBody, string, RegExp][] = [
      [new Uint8Array([0xe1, 0xed, 0x20, 0xc7]), 'text/csv', /not UTF-8/],
      ['{"type":"Feature"', 'application/geo+json', /not valid JSON/],
      ['{"type":"Feature"}', 'application/geo+json', /FeatureCollection/],
      ['not a zip', xlsxType, /not a ZIP/],
      ['', 'text/csv', /empty/],
    ];
    for (const [body, type, message] of cases) {
      const res = await upload(admin, body, type);
      expect(res.status, String(message)).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
  });
});

describe('export', () => {
  it('exports the filtered list as CSV with a BOM, the same rows as the list', async () => {
    const list = await admin.get('/api/projects?province=IR-19&status=study,execution');
    const csv = await admin.get('/api/projects/export?format=csv&province=IR-19&status=study,execution');
    expect(csv.headers.get('content-disposition')).toMatch(
      /attachment; filename="tavazon-projects-\d{4}-\d\d-\d\d\.csv"/,
    );
    const raw = await fetch(
      new URL('/api/projects/export?format=csv&province=IR-19&status=study,execution', inject('baseUrl')),
      {
        headers: { cookie: admin.cookie! },
      },
    );
    const bytes = Buffer.from(await raw.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // what makes Excel read UTF-8
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(
      /^id,title_fa,title_en,description,sector,status,source_status,progress,lat,lng,/,
    );
    expect(lines).toHaveLength(list.body.features.length + 1);
    expect(csv.text).toContain(list.body.features[0].properties.title_fa);
  });

  it('exports GeoJSON and XLSX with the same projects', async () => {
    const list = await admin.get(`/api/projects?county=${tehran.county}`);
    const geo = await admin.get(`/api/projects/export?format=geojson&county=${tehran.county}`);
    expect(geo.body.features.map((f: any) => f.id)).toEqual(list.body.features.map((f: any) => f.id));
    const res = await fetch(
      new URL(`/api/projects/export?format=xlsx&county=${tehran.county}`, inject('baseUrl')),
      {
        headers: { cookie: admin.cookie! },
      },
    );
    expect(res.headers.get('content-type')).toBe(xlsxType);
    const sheet = await readXlsx(Buffer.from(await res.arrayBuffer()));
    expect(sheet).toHaveLength(list.body.features.length + 1);
    expect(sheet.slice(1).map((r) => r.cells.get(0))).toEqual(list.body.features.map((f: any) => f.id));
  });

  it('keeps a title that looks like a formula inert in CSV, and imports it back unchanged', async () => {
    const title = `=HYPERLINK("http://evil.example","${tag}")`;
    const made = await admin.post('/api/projects', projectBody(tehran, { title_fa: title, published: true }));
    const csv = await admin.get(`/api/projects/export?format=csv&county=${tehran.county}`);
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil.example"",""${tag}"")"`);
    // Re-importing the export finds each project already in the registry, the formula title included.
    const again = await upload(admin, csv.text, 'text/csv');
    expect(again.body.problems).toContainEqual(
      expect.objectContaining({
        reason: expect.stringMatching(new RegExp(`already in the registry as project ${made.body.id}\\b`)),
      }),
    );
  });
});
