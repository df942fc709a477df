import { defaultBand, type ProvinceBand } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import { requireProvince } from '../lookups.ts';

/** Every province of the current boundaries with its band (the default 3–6 where no admin set one). */
export async function listBands(sql: Sql, province?: string): Promise<ProvinceBand[]> {
  const rows = await sql<
    {
      province: string;
      name_fa: string;
      name_en: string | null;
      min: number | null;
      max: number | null;
      updated_at: Date | null;
    }[]
  >`
    SELECT p.code AS province, p.name_fa, p.name_en, b.min_projects AS min, b.max_projects AS max, b.updated_at
    FROM admin_unit p
    LEFT JOIN coverage_band b ON b.province_code = p.code
    WHERE p.boundary_set = 'current' AND p.level = 'province'
      ${province ? sql`AND p.code = ${province}` : sql``}
    ORDER BY p.code`;
  return rows.map((r) => ({
    province: r.province,
    name_fa: r.name_fa,
    name_en: r.name_en,
    min: r.min ?? defaultBand.min,
    max: r.max ?? defaultBand.max,
    default: r.min === null,
    updated_at: r.updated_at ? r.updated_at.toISOString() : null,
  }));
}

/** Sets a province's band (admins; the route checks the role). */
export async function setBand(
  sql: Sql,
  actorId: number,
  province: string,
  band: { min: number; max: number },
): Promise<ProvinceBand> {
  await requireProvince(sql, 'current', province);
  await sql`
    INSERT INTO coverage_band (province_code, min_projects, max_projects, updated_by, updated_at)
    VALUES (${province}, ${band.min}, ${band.max}, ${actorId}, now())
    ON CONFLICT (province_code) DO UPDATE
      SET min_projects = EXCLUDED.min_projects, max_projects = EXCLUDED.max_projects,
          updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`;
  const [saved] = await listBands(sql, province);
  return saved!;
}
