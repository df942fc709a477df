import { describe, expect, it } from 'vitest';
import * as geo from './index.ts';

describe('@tavazon/geo public surface', () => {
  it('exports every public function', () => {
    const expected = [
      'classify',
      'equalIntervalBreaks',
      'jenksBreaks',
      'manualBreaks',
      'quantileBreaks',
      'standardDeviationBreaks',
      'coefficientOfVariation',
      'gini',
      'lorenzCurve',
      'maxMinRatio',
      'theil',
      'theilDecomposition',
      'williamsonIndex',
      'contiguityNeighbours',
      'localMoran',
      'moranGlobal',
      'mulberry32',
      'rowStandardise',
      'competitionRank',
      'compositeIndex',
      'entropyWeights',
      'normaliseMinMax',
      'normaliseZScore',
      'topsis',
      'validateIndicatorInput',
      'gammaVariate',
      'dirichletWeights',
      'rankStability',
    ];
    expect(Object.keys(geo).sort()).toEqual([...expected].sort());
    for (const name of expected) expect(typeof (geo as Record<string, unknown>)[name]).toBe('function');
  });
});
