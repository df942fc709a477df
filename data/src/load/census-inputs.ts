import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { countyLineage1390 } from '../../seeds/county-lineage-1390.ts';
import { type CensusCounts, sumCensusCounts } from './census-indicators.ts';
import { readCensusNames } from './load-census-boundaries.ts';
import { columnIndex, parseCsv } from './parse-csv.ts';
import {
  type County1395,
  type History1390,
  history1390,
  type Lineage,
  matchLineage,
  sumPopulation1390,
} from './population-1390.ts';
import { inputPath } from './resolve-data-dir.ts';
import type { RowProblem } from './summary.ts';

/** What the census tables say per 1395 county: the counts of 1395, and the 1390 population by lineage. */
export interface CensusInputs {
  counts: Map<string, CensusCounts>;
  lineage: Lineage;
  history: Map<string, History1390>;
  problems: RowProblem[];
}

/**
 * Reads the 2016 population and labour tables and the 2011 population table. Both the census loader
 * and the crosswalk read them, so that the counts a rate is made of (unemployed, ages 0–14, …) can be
 * carried to other boundary sets without being stored as indicators.
 */
export async function readCensusInputs(dataDir: string): Promise<CensusInputs> {
  const popFile = inputPath(dataDir, 'population');
  const labFile = inputPath(dataDir, 'labour');
  const oldFile = inputPath(dataDir, 'population2011');
  const population = parseCsv(await readFile(popFile, 'utf8'));
  const labour = parseCsv(await readFile(labFile, 'utf8'));
  const old = parseCsv(await readFile(oldFile, 'utf8'));
  const col = {
    population: columnIndex(path.basename(popFile), population.header, [
      'county_code',
      'age_group',
      'male',
      'female',
    ]),
    labour: columnIndex(path.basename(labFile), labour.header, [
      'county_code',
      'gender',
      'status',
      'College',
      'Higher education',
    ]),
  };
  const { counts, problems } = sumCensusCounts({ population, labour }, col);

  const oldCol = columnIndex(path.basename(oldFile), old.header, [
    'province_code',
    'county_name',
    'male',
    'female',
  ]);
  const { counties: counties1390, problems: oldProblems } = sumPopulation1390(old.rows, oldCol);
  const names = await readCensusNames(popFile);
  const counties1395: County1395[] = [...counts].map(([code, c]) => ({
    code,
    province: names.get(code)?.province_code ?? code.slice(0, 2),
    name: names.get(code)?.county_name ?? '',
    population: c.population,
  }));
  const lineage = matchLineage(counties1390, counties1395, countyLineage1390);
  const history = history1390(lineage.groups, new Map(counties1395.map((c) => [c.code, c.population])));
  return { counts, lineage, history, problems: [...problems, ...oldProblems, ...lineage.problems] };
}
