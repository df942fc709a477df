// Public surface of @tavazon/geo: one pure function per file, re-exported here.
// Validation helpers used internally (assertBreaks, assertClassCount, assertInequalityInput,
// compressedWeights, sortedFiniteValues, toFiniteArray) stay private to the package.

// Choropleth classification
export { type Classification, classify } from './classify.ts';
// Inequality
export { coefficientOfVariation } from './coefficientOfVariation.ts';
// Composite development index
export { type CompetitionRankOptions, competitionRank } from './competitionRank.ts';
export { type CompositeIndexOptions, type CompositeIndexResult, compositeIndex } from './compositeIndex.ts';
// Spatial weights and autocorrelation
export {
  type Contiguity,
  type ContiguityOptions,
  contiguityNeighbours,
  type MultiPolygonGeometry,
  type PolygonFeature,
  type PolygonGeometry,
  type Position,
} from './contiguityNeighbours.ts';
// Rank stability under perturbed weights (the officials' workspace)
export { type DirichletWeightsOptions, dirichletWeights } from './dirichletWeights.ts';
export { entropyWeights } from './entropyWeights.ts';
export { equalIntervalBreaks } from './equalIntervalBreaks.ts';
export { gammaVariate } from './gammaVariate.ts';
export { gini } from './gini.ts';
export { jenksBreaks } from './jenksBreaks.ts';
export {
  type LisaQuadrant,
  type LocalMoranOptions,
  type LocalMoranUnit,
  localMoran,
} from './localMoran.ts';
export { lorenzCurve } from './lorenzCurve.ts';
export { manualBreaks } from './manualBreaks.ts';
export { maxMinRatio } from './maxMinRatio.ts';
export { type MoranGlobalOptions, type MoranGlobalResult, moranGlobal } from './moranGlobal.ts';
export { mulberry32 } from './mulberry32.ts';
export { normaliseMinMax } from './normaliseMinMax.ts';
export { normaliseZScore } from './normaliseZScore.ts';
export { quantileBreaks } from './quantileBreaks.ts';
export { type RankStabilityOptions, type RankStabilityResult, rankStability } from './rankStability.ts';
export { rowStandardise, type SpatialWeights } from './rowStandardise.ts';
export { type StandardDeviationBreaksOptions, standardDeviationBreaks } from './standardDeviationBreaks.ts';
export { theil } from './theil.ts';
export { type TheilDecomposition, type TheilGroup, theilDecomposition } from './theilDecomposition.ts';
export { type TopsisOptions, type TopsisResult, topsis } from './topsis.ts';
export {
  type IndicatorInputChecks,
  type Polarity,
  validateIndicatorInput,
} from './validateIndicatorInput.ts';
export { williamsonIndex } from './williamsonIndex.ts';
