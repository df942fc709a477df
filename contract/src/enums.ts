// The enumerations that the server, the web and the database share. A list here is the only copy in
// TypeScript; the database's CHECK constraints repeat some (migrations cannot import TS) and an
// integration test (tests/integration/contract.test.ts) fails when the two differ.

/** A project's lifecycle; migration 0004's `project_status_check` holds the same list. */
export const projectStatuses = [
  'idea',
  'study',
  'approved',
  'execution',
  'operational',
  'suspended',
  'cancelled',
] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

export const locationPrecisions = ['exact', 'near', 'county', 'province'] as const;
export type LocationPrecision = (typeof locationPrecisions)[number];

export const investmentUnits = ['IRR-billion', 'USD-million', 'EUR-million'] as const;
export type InvestmentUnit = (typeof investmentUnits)[number];

/** `approver`: approves or returns scenarios of new projects in its provinces (migration 0011). */
export const roles = ['admin', 'planner', 'viewer', 'approver'] as const;
export type Role = (typeof roles)[number];

/** Whether more of an indicator is better, worse, or neither. */
export const polarities = ['higher_better', 'higher_worse', 'neutral'] as const;
export type Polarity = (typeof polarities)[number];

/** How a county value is built from smaller units (and regions from counties). */
export const aggregations = ['sum', 'weighted_mean'] as const;
export type Aggregation = (typeof aggregations)[number];

/** The boundary set projects are recorded on; the others are census vintages with their own codes. */
export const currentSet = 'current';

export const importFormats = ['csv', 'geojson', 'xlsx'] as const;
export type ImportFormat = (typeof importFormats)[number];

export const exportFormats = ['csv', 'geojson', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const historyActions = [
  'baseline',
  'loaded',
  'created',
  'updated',
  'imported',
  'progress',
  // Created by the approval of a scenario (its note names the scenario).
  'scenario',
] as const;
export type HistoryAction = (typeof historyActions)[number];

export const contiguities = ['queen', 'rook'] as const;
export type Contiguity = (typeof contiguities)[number];

export const quadrants = ['HH', 'LL', 'HL', 'LH', 'ns', 'island'] as const;
export type Quadrant = (typeof quadrants)[number];

export const normalisations = ['minmax', 'zscore'] as const;
export type Normalisation = (typeof normalisations)[number];

export const compositeMethods = ['topsis', 'weighted-sum'] as const;
export type CompositeMethod = (typeof compositeMethods)[number];

/** Where a county's active driver projects stand against its province's band (coverage). */
export const bandPositions = ['below', 'within', 'above'] as const;
export type BandPosition = (typeof bandPositions)[number];

/** A scenario's workflow (migration 0011's `scenario_status_check`). */
export const scenarioStatuses = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ScenarioStatus = (typeof scenarioStatuses)[number];

/** The steps of a scenario's trail (migration 0011's `scenario_step_action_check`). */
export const scenarioActions = ['created', 'edited', 'submitted', 'approved', 'returned'] as const;
export type ScenarioAction = (typeof scenarioActions)[number];
