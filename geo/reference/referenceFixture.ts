// Typed access to the fixtures written by reference.R, for the *.reference.test.ts files in geo/src.
import { readFileSync } from 'node:fs';
import type { PolygonFeature } from '../src/contiguityNeighbours.ts';

export interface MoranReference {
  readonly I: number;
  readonly expected: number;
  readonly variance: number;
  readonly z: number;
  /** Units with neighbours (spdep adjust.n). */
  readonly n: number;
  readonly localI: number[];
  /** spdep localmoran quadrant "pysal" (sign of z and of its lag): 'High-High', 'Low-High', … */
  readonly localQuadrant: string[];
}

interface NeighbourReference {
  /** 0-based neighbour indices per unit, from spdep::poly2nb. */
  readonly queen: number[][];
  readonly rook: number[][];
  readonly moran: { readonly queen: MoranReference; readonly rook: MoranReference };
}

export interface CensusFixture extends NeighbourReference {
  readonly region: 'isfahan' | 'zanjan' | 'iran';
  readonly snap: number;
  readonly countyCodes: string[];
  readonly provinceCodes: string[];
  /** Census 2016 unemployment rate, percent: Σ Unemployed / Σ Active × 100. */
  readonly unemploymentRate: number[];
  readonly population: number[];
  readonly inequality: {
    readonly gini: number;
    readonly giniPopulationWeighted: number;
    readonly theil: number;
    readonly theilPopulationWeighted: number;
    readonly coefficientOfVariation: number;
    readonly williamson: number;
    readonly maxMinRatio: number;
  };
  readonly classification: {
    readonly classes: number;
    readonly jenks: number[];
    readonly fisherMidpoints: number[];
    readonly quantileType1: number[];
    readonly equalInterval: number[];
  };
  readonly theilDecomposition?: {
    readonly groupsBy: 'provinceCodes';
    readonly unweighted: { total: number; between: number; within: number };
    readonly populationWeighted: { total: number; between: number; within: number };
  };
}

export interface SyntheticFixture extends NeighbourReference {
  readonly region: 'synthetic';
  readonly features: PolygonFeature[];
  readonly values: number[];
}

export function referenceFixture(name: 'synthetic'): SyntheticFixture;
export function referenceFixture(name: 'isfahan' | 'zanjan' | 'iran'): CensusFixture;
export function referenceFixture(name: string): CensusFixture | SyntheticFixture {
  const url = new URL(`./fixtures/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as CensusFixture | SyntheticFixture;
}

/** The three census fixtures, for tests that loop over them. */
export const censusRegions = ['isfahan', 'zanjan', 'iran'] as const;
