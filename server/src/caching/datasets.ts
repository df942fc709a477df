/**
 * The datasets whose data version (migration 0016, table data_version) tags cached answers; the
 * migration's CHECK holds the same list. Each is bumped by statement triggers on its tables.
 */
export const datasets = [
  'boundaries',
  'indicators',
  'regions',
  'projects',
  'organisations',
  'suggestions',
] as const;
export type Dataset = (typeof datasets)[number];

/**
 * What each cached group of answers reads (its SQL's tables, by dataset). Too few here would serve an
 * old answer after a write; one too many only costs a needless miss, so when unsure a dataset is listed.
 */
export const dependsOn = {
  provinces: ['boundaries', 'projects', 'suggestions'],
  // A county's page also names its patrons and counts its published suggestions.
  counties: ['boundaries', 'indicators', 'projects', 'organisations', 'suggestions'],
  regions: ['boundaries', 'indicators', 'regions'],
  projects: ['boundaries', 'projects', 'organisations'],
  indicators: ['boundaries', 'indicators'],
  analysis: ['boundaries', 'indicators', 'regions'],
  ogc: ['boundaries', 'indicators', 'regions', 'projects', 'organisations'],
  tiles: ['boundaries', 'indicators', 'projects', 'organisations'],
} as const satisfies Record<string, readonly Dataset[]>;
