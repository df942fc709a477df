import path from 'node:path';
import type { Sql } from '../db/connect.ts';
import { transaction } from '../db/transaction.ts';
import { generaliseSet } from './generalise-set.ts';
import { type Polygonal, polygonalGeometryProblem } from './polygonal-geometry.ts';
import { readFeatureCollection } from './read-geojson.ts';
import { inputPath } from './resolve-data-dir.ts';
import type { DatasetReport } from './summary.ts';
import { type BoundarySetMeta, type StagedUnit, upsertBoundarySet } from './upsert-boundary-set.ts';

// The names are the UI's (the download titles and the app show them as they are): the source is credited by
// `source` and `attribution`, not in the name, where it put a Latin word into the Persian UI.
export const currentSet: BoundarySetMeta = {
  code: 'current',
  name_fa: 'مرزهای کنونی',
  name_en: 'Current boundaries',
  source: 'OpenStreetMap: relations of the provinces (admin_level 4) and counties (admin_level 5) of Iran',
  licence: 'ODbL 1.0',
  attribution: '© OpenStreetMap contributors',
};

const isoCode = /^IR-[0-9]{2}$/;

/** OSM tags a county as «شهرستان X» / "X County"; the unit's level already says it is a county. */
export function countyNameFa(tagged: string): string {
  return tagged.replace(/^\s*شهرستان\s+/u, '').trim();
}

export function countyNameEn(tagged: string | null | undefined): string | null {
  const name = tagged?.replace(/\s+(county|city)\s*$/i, '').trim();
  return name ? name : null;
}

/** The `current` boundary set: the 31 provinces and 478 counties of OpenStreetMap, in one transaction. */
export async function loadCurrent(
  sql: Sql,
  dataDir: string,
  report: DatasetReport,
  options: { regeneralise?: boolean } = {},
): Promise<void> {
  const provincesFile = inputPath(dataDir, 'provinces');
  const countiesFile = inputPath(dataDir, 'counties');
  const units: StagedUnit[] = [];
  const seen = new Set<string>();
  const skip = (file: string, key: string, reason: string) =>
    report.problem({ file: path.basename(file), key, reason, loaded: false });

  for (const [i, f] of (await readFeatureCollection(provincesFile)).entries()) {
    const p = f.properties ?? {};
    const code = String(p.iso ?? '');
    const key = `feature ${i + 1} (${code || 'no iso'})`;
    const problem = !isoCode.test(code)
      ? `iso «${code}» is not an ISO 3166-2 code of Iran`
      : !p.name_fa
        ? 'no name_fa'
        : seen.has(code)
          ? `duplicate province ${code}`
          : polygonalGeometryProblem(f.geometry);
    if (problem) {
      skip(provincesFile, key, problem);
      continue;
    }
    seen.add(code);
    units.push({
      level: 'province',
      code,
      name_fa: String(p.name_fa).trim(),
      name_en: p.name_en ? String(p.name_en).trim() : null,
      province_code: code,
      source_ref: p.osm_relation ? `relation/${p.osm_relation}` : null,
      geometry: f.geometry as Polygonal,
    });
  }

  for (const [i, f] of (await readFeatureCollection(countiesFile)).entries()) {
    const p = f.properties ?? {};
    const relation = Number(p.osm_relation);
    const code = `osm-${relation}`;
    const key = `feature ${i + 1} (${p.name_fa ?? 'no name'})`;
    const problem = !Number.isInteger(relation)
      ? 'no osm_relation'
      : !isoCode.test(String(p.province_iso))
        ? `province_iso «${p.province_iso}» is not an ISO 3166-2 code of Iran`
        : !p.name_fa
          ? 'no name_fa'
          : seen.has(code)
            ? `duplicate relation ${relation}`
            : polygonalGeometryProblem(f.geometry);
    if (problem) {
      skip(countiesFile, key, problem);
      continue;
    }
    seen.add(code);
    const nameEn = countyNameEn(p.name_en);
    if (!nameEn) {
      report.problem({
        file: 'counties.geojson',
        key: code,
        reason: 'no English name in OSM (name_en left empty)',
        loaded: true,
      });
    } else if (
      nameEn !==
      String(p.name_en)
        .replace(/ County$/, '')
        .trim()
    ) {
      report.notes.push(`${code}: English name «${p.name_en}» stored as «${nameEn}»`);
    }
    units.push({
      level: 'county',
      code,
      name_fa: countyNameFa(String(p.name_fa)),
      name_en: nameEn,
      province_code: String(p.province_iso),
      source_ref: `relation/${relation}`,
      geometry: f.geometry as Polygonal,
    });
  }

  await transaction(sql, async (tx) => {
    const { geometryChanged } = await upsertBoundarySet(tx, currentSet, units, report, 'counties.geojson');
    await generaliseSet(tx, currentSet.code, geometryChanged, report, options.regeneralise);
  });
}
