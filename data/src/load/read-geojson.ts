import { readFile } from 'node:fs/promises';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Thrown when an input file cannot be used at all (not one bad row): the dataset is rolled back. */
export class StructuralInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StructuralInputError';
  }
}

/** Reads a GeoJSON FeatureCollection, failing with the file's name if it is not one. */
export async function readFeatureCollection(file: string): Promise<Feature<Geometry | null>[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new StructuralInputError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const collection = parsed as Partial<FeatureCollection>;
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new StructuralInputError(`${file} is not a GeoJSON FeatureCollection`);
  }
  return collection.features;
}
