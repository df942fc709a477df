// Prints how big the boundary GeoJSON the API sends is at each detail level, against the budgets:
//   DATABASE_URL=postgres://… npx tsx src/load/measure-generalisation.ts   (or the embedded PGlite)
// Measures what the API sends: ST_AsGeoJSON(geom, digits) in a FeatureCollection with the same kind
// of properties, gzipped.
import { gzipSync } from 'node:zlib';
import { connect, type Sql } from '../db/connect.ts';
import { generalisationLevels } from './generalisation.ts';
import { defaultPgliteDir } from './resolve-data-dir.ts';

interface Measure {
  what: string;
  features: number;
  vertices: number;
  rawKB: number;
  gzipKB: number;
  budgetKB?: number;
}

/** Size of one FeatureCollection as the API would build it for these units. */
export async function measureGeneralisation(
  sql: Sql,
  set: string,
  level: 'province' | 'county',
  detail: number,
  digits: number,
  province?: string,
): Promise<Omit<Measure, 'what'>> {
  const rows = await sql<
    {
      code: string;
      name_fa: string;
      name_en: string | null;
      province_code: string;
      geometry: string;
      label: string;
      vertices: number;
    }[]
  >`
    SELECT u.code, u.name_fa, u.name_en, u.province_code, ST_AsGeoJSON(g.geom, ${digits}) AS geometry,
           ST_AsGeoJSON(ST_PointOnSurface(u.geom), 4) AS label, ST_NPoints(g.geom) AS vertices
    FROM admin_unit u JOIN admin_unit_generalised g ON g.admin_unit_id = u.id AND g.detail = ${detail}
    WHERE u.boundary_set = ${set} AND u.level = ${level}
      AND (${province ?? null}::text IS NULL OR u.province_code = ${province ?? null})
    ORDER BY u.code`;
  const features = rows.map(
    (r) =>
      `{"type":"Feature","geometry":${r.geometry},"properties":${JSON.stringify({
        code: r.code,
        name_fa: r.name_fa,
        name_en: r.name_en,
        province: r.province_code,
        label: JSON.parse(r.label).coordinates,
        projects: {},
      })}}`,
  );
  const body = `{"type":"FeatureCollection","features":[${features.join(',')}]}`;
  return {
    features: rows.length,
    vertices: rows.reduce((n, r) => n + r.vertices, 0),
    rawKB: Math.round(Buffer.byteLength(body) / 1024),
    gzipKB: Math.round(gzipSync(body).length / 1024),
  };
}

async function main() {
  const db = await connect({ url: process.env.DATABASE_URL, dataDir: defaultPgliteDir() });
  const { sql } = db;
  const out: Measure[] = [];
  const add = async (what: string, args: Parameters<typeof measureGeneralisation>, budgetKB?: number) =>
    out.push({ what, ...(await measureGeneralisation(...args)), ...(budgetKB ? { budgetKB } : {}) });
  try {
    for (const set of ['current', 'census-1395']) {
      for (const l of generalisationLevels) {
        const budget = set === 'current' && l.detail === 0 ? 300 : undefined;
        await add(
          `${set} counties, all, detail ${l.detail}, ${l.digits} digits`,
          [sql, set, 'county', l.detail, l.digits],
          budget,
        );
      }
      await add(`${set} provinces, all, detail 0, 2 digits`, [sql, set, 'province', 0, 2]);
    }
    // One province's counties at detail 1: every province of both sets, the three largest shown.
    for (const set of ['current', 'census-1395']) {
      const provinces = await sql<{ province_code: string }[]>`
        SELECT DISTINCT province_code FROM admin_unit WHERE boundary_set = ${set} ORDER BY 1`;
      const sizes: Measure[] = [];
      for (const { province_code: code } of provinces) {
        const [l1, l2, l3] = [generalisationLevels[1], generalisationLevels[2], generalisationLevels[3]];
        sizes.push({
          what: `${set} counties of ${code}, detail 1, ${l1.digits} digits`,
          ...(await measureGeneralisation(sql, set, 'county', 1, l1.digits, code)),
          budgetKB: 60,
        });
        if (['IR-08', 'IR-09', 'IR-11'].includes(code)) {
          out.push({
            what: `${set} counties of ${code}, detail 2, ${l2.digits} digits`,
            ...(await measureGeneralisation(sql, set, 'county', 2, l2.digits, code)),
          });
          out.push({
            what: `${set} counties of ${code}, detail 3, ${l3.digits} digits`,
            ...(await measureGeneralisation(sql, set, 'county', 3, l3.digits, code)),
          });
        }
      }
      out.push(...sizes.sort((x, y) => y.gzipKB - x.gzipKB).slice(0, 3));
      const named = sizes.filter((m) => /IR-(08|09|11),/.test(m.what) && !out.includes(m));
      out.push(...named);
    }
    const [full] = await sql<{ vertices: number }[]>`
      SELECT sum(ST_NPoints(geom))::int AS vertices FROM admin_unit WHERE boundary_set = 'current' AND level = 'county'`;
    console.log(`current counties at full detail: ${full?.vertices} vertices`);
    console.table(
      out.map((m) => ({ ...m, ok: m.budgetKB === undefined ? '' : m.gzipKB <= m.budgetKB ? 'yes' : 'NO' })),
    );
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
