import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Geometry } from 'geojson';
import * as shapefile from 'shapefile';
import type { Sql } from '../db/connect.ts';
import { transaction } from '../db/transaction.ts';
import { censusCountyCode, isoForCensusProvince } from './census-code.ts';
import { generaliseSet } from './generalise-set.ts';
import { columnIndex, parseCsv } from './parse-csv.ts';
import { compactPersianName, normalisePersianName } from './persian-name.ts';
import { type Polygonal, polygonalGeometryProblem } from './polygonal-geometry.ts';
import { readFeatureCollection } from './read-geojson.ts';
import { inputPath } from './resolve-data-dir.ts';
import type { DatasetReport } from './summary.ts';
import { type BoundarySetMeta, type StagedUnit, upsertBoundarySet } from './upsert-boundary-set.ts';

export const censusSet: BoundarySetMeta = {
  code: 'census-1395',
  name_fa: 'تقسیمات سرشماری ۱۳۹۵',
  name_en: 'Divisions of the 2016 (1395) census',
  source:
    'Statistical Centre of Iran, 2016 (1395) National Population and Housing Census: county boundaries and ' +
    'tables as tabulated in the public repository jalilian/iran2016census',
  licence:
    'Official statistics published by the Statistical Centre of Iran for public use; no explicit licence',
  attribution: 'Census data: Statistical Centre of Iran (مرکز آمار ایران)',
};

interface CensusName {
  province_code: string;
  province_name: string;
  county_name: string;
}

/** The names of the 2016 census counties, from the population table (the shapefile's text is unreadable). */
export async function readCensusNames(file: string): Promise<Map<string, CensusName>> {
  const { header, rows } = parseCsv(await readFile(file, 'utf8'));
  const col = columnIndex(path.basename(file), header, [
    'province_code',
    'province_name',
    'county_code',
    'county_name',
  ]);
  const names = new Map<string, CensusName>();
  for (const { fields } of rows) {
    const code = censusCountyCode(fields[col.county_code] ?? '');
    if (names.has(code) || !/^[0-9]{4}$/.test(code)) continue;
    names.set(code, {
      province_code: (fields[col.province_code] ?? '').trim().padStart(2, '0'),
      province_name: (fields[col.province_name] ?? '').trim(),
      county_name: (fields[col.county_name] ?? '').trim(),
    });
  }
  return names;
}

/**
 * The `census-1395` set: the 429 counties of the 2016 census shapefile named from the census tables,
 * English names borrowed from the current county with the same Persian name in the same province, and
 * provinces built as the union of their counties. One transaction.
 */
export async function loadCensusBoundaries(
  sql: Sql,
  dataDir: string,
  report: DatasetReport,
  options: { regeneralise?: boolean } = {},
): Promise<void> {
  const shpFile = inputPath(dataDir, 'censusShapes');
  const names = await readCensusNames(inputPath(dataDir, 'population'));
  const provinces = await readFeatureCollection(inputPath(dataDir, 'provinces'));
  const current = await sql<{ province_code: string; name_fa: string; name_en: string | null }[]>`
    SELECT province_code, name_fa, name_en FROM admin_unit WHERE boundary_set = 'current' AND level = 'county'`;
  if (current.length === 0)
    report.notes.push('the current set is not loaded: census counties get no English names');
  const englishName = englishNameFinder(current);

  const units: StagedUnit[] = [];
  const shapeFile = path.basename(shpFile);
  // Read the bytes ourselves: given paths, the shapefile package picks a fetch-based reader in some
  // module resolvers (Vite's, under Vitest), which cannot open local files.
  const [shpBytes, dbfBytes] = await Promise.all([
    readFile(shpFile),
    readFile(inputPath(dataDir, 'censusShapeAttributes')),
  ]);
  const source = await shapefile.open(shpBytes, dbfBytes);
  for (let index = 1; ; index += 1) {
    const next = await source.read();
    if (next.done) break;
    const props = (next.value.properties ?? {}) as Record<string, unknown>;
    const code = censusCountyCode(String(props.cnty_cd ?? ''));
    const name = names.get(code);
    const geometryProblem = polygonalGeometryProblem(next.value.geometry as Geometry);
    const problem = !/^[0-9]{4}$/.test(code)
      ? `cnty_cd «${String(props.cnty_cd)}» is not a census county code`
      : !name
        ? 'no row with this county_code in the population table, so no name'
        : units.some((u) => u.code === code)
          ? 'duplicate county code'
          : geometryProblem;
    if (problem || !name) {
      report.problem({
        file: shapeFile,
        key: `shape ${index} (${code})`,
        reason: problem ?? '',
        loaded: false,
      });
      continue;
    }
    const shapeProvince = String(props.prvnc_c ?? '').padStart(2, '0');
    if (shapeProvince !== name.province_code || !code.startsWith(name.province_code)) {
      report.notes.push(
        `${code}: shapefile province ${shapeProvince}, table province ${name.province_code}; the table's is used`,
      );
    }
    const province_code = isoForCensusProvince(name.province_code);
    const nameEn = englishName(province_code, name.county_name);
    if (!nameEn) {
      report.problem({
        file: shapeFile,
        key: code,
        reason: `no current county named «${name.county_name}» in ${province_code}: name_en left empty`,
        loaded: true,
      });
    }
    units.push({
      level: 'county',
      code,
      name_fa: name.county_name,
      name_en: nameEn,
      province_code,
      source_ref: `cnty_cd=${Number(code)}`,
      geometry: next.value.geometry as Polygonal,
    });
  }
  for (const code of names.keys()) {
    if (!units.some((u) => u.code === code)) {
      report.problem({
        file: 'population-2016-by-age-sex.csv',
        key: code,
        reason: 'no polygon in the shapefile',
        loaded: false,
      });
    }
  }

  units.push(...censusProvinces(names, provinces, report));
  await transaction(sql, async (tx) => {
    const { geometryChanged } = await upsertBoundarySet(tx, censusSet, units, report, shapeFile);
    await generaliseSet(tx, censusSet.code, geometryChanged, report, options.regeneralise);
  });
}

/** Matches on the normalised Persian name, then on the same name with its spaces removed. */
function englishNameFinder(current: { province_code: string; name_fa: string; name_en: string | null }[]) {
  const exact = new Map(
    current.map((c) => [`${c.province_code}|${normalisePersianName(c.name_fa)}`, c.name_en]),
  );
  const compact = new Map(
    current.map((c) => [`${c.province_code}|${compactPersianName(c.name_fa)}`, c.name_en]),
  );
  return (province: string, name: string): string | null =>
    exact.get(`${province}|${normalisePersianName(name)}`) ??
    compact.get(`${province}|${compactPersianName(name)}`) ??
    null;
}

/** Province rows without geometry (built from their counties), named from provinces.geojson. */
function censusProvinces(
  names: Map<string, CensusName>,
  provinces: Awaited<ReturnType<typeof readFeatureCollection>>,
  report: DatasetReport,
): StagedUnit[] {
  const byIso = new Map(provinces.map((f) => [String(f.properties?.iso), f.properties ?? {}]));
  const censusProvinceNames = new Map([...names.values()].map((n) => [n.province_code, n.province_name]));
  const units: StagedUnit[] = [];
  let sameName = 0;
  for (const [code, censusName] of [...censusProvinceNames].sort()) {
    const iso = isoForCensusProvince(code);
    const osm = byIso.get(iso);
    if (!osm?.name_fa) {
      report.problem({
        file: 'provinces.geojson',
        key: iso,
        reason: `no province ${iso} for census province ${code}`,
        loaded: false,
      });
      continue;
    }
    const osmName = String(osm.name_fa);
    if (compactPersianName(osmName) === compactPersianName(censusName)) sameName += 1;
    if (normalisePersianName(osmName) !== normalisePersianName(censusName)) {
      const how =
        compactPersianName(osmName) === compactPersianName(censusName)
          ? 'same apart from spacing'
          : 'DIFFERENT';
      report.notes.push(
        `census province ${code} «${censusName}» vs ${iso} «${osmName}» in provinces.geojson: ${how}`,
      );
    }
    units.push({
      level: 'province',
      code: iso,
      name_fa: osmName,
      name_en: osm.name_en ? String(osm.name_en) : null,
      province_code: iso,
      source_ref: `prvnc_c=${Number(code)}`,
      geometry: null,
    });
  }
  report.check('census provinces whose name matches provinces.geojson', censusProvinceNames.size, sameName);
  return units;
}
