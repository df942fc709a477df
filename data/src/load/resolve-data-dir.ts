import { access } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../repoRoot.ts';

/**
 * Where the embedded PGlite keeps its files unless told otherwise (TAVAZON_PGLITE_DIR, as the server
 * reads it), under the repository root whatever the current directory.
 */
export const defaultPgliteDir = () =>
  path.resolve(repoRoot, process.env.TAVAZON_PGLITE_DIR || path.join('.data', 'pglite'));

/** Raised for missing input before the database is touched; its message is meant for the user as is. */
export class DataDirError extends Error {
  constructor(message: string) {
    super(message);
    // The server recognises it by name to print the message without a stack.
    this.name = 'DataDirError';
  }
}

const howToSet = 'set the data folder with --data DIR or the TAVAZON_DATA_DIR environment variable';

/**
 * The folder holding the Iran reference data: the explicit argument, else `TAVAZON_DATA_DIR`, else
 * `../shared/data/iran` beside the repository. A relative --data is taken from the current directory,
 * the variable and the default from the repository root.
 */
export function resolveDataDir(explicit?: string): string {
  // A --data argument is the user's, typed relative to where they are; the variable is configuration,
  // relative to the repository root like TAVAZON_PGLITE_DIR.
  if (explicit) return path.resolve(explicit);
  const configured = process.env.TAVAZON_DATA_DIR;
  if (configured) return path.resolve(repoRoot, configured);
  return path.resolve(repoRoot, '..', 'shared', 'data', 'iran');
}

/** The input files, relative to the data folder, by what they hold. */
export const inputFiles = {
  provinces: 'provinces.geojson',
  counties: 'counties.geojson',
  censusShapes: 'census-2016/counties-2016.shp',
  censusShapeAttributes: 'census-2016/counties-2016.dbf',
  population: 'census-2016/population-2016-by-age-sex.csv',
  labour: 'census-2016/labour-2016-by-education-sex.csv',
  population2011: 'census-2016/population-2011-by-age-sex.csv',
  projects: 'source-documents/driver-projects.csv',
} as const;

export type InputFile = keyof typeof inputFiles;

export const inputPath = (dataDir: string, file: InputFile) => path.join(dataDir, inputFiles[file]);

/** Fails with one readable message naming every missing path, or the folder itself if that is missing. */
export async function assertInputFiles(dataDir: string, files: readonly InputFile[]): Promise<void> {
  if (!(await exists(dataDir))) {
    throw new DataDirError(`Data folder not found: ${dataDir} (${howToSet}).`);
  }
  const missing: string[] = [];
  for (const file of new Set(files)) {
    const p = inputPath(dataDir, file);
    if (!(await exists(p))) missing.push(p);
  }
  if (missing.length > 0) {
    throw new DataDirError(`Data file(s) not found: ${missing.join(', ')} (${howToSet}).`);
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}
