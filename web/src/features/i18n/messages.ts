import type { ProjectStatus } from '../projects/api/types.ts';

export type Lang = 'fa' | 'en';

export type Precision = 'exact' | 'near' | 'county' | 'province';

/** Every string the UI shows, one dictionary per language, so nothing is translated ad hoc in a component. */
export interface Messages {
  appName: string;
  appTagline: string;
  switchLanguage: string;
  switchLanguageLabel: string;
  findCounty: string;
  findCountyPlaceholder: string;
  indicator: string;
  period: string;
  noIndicator: string;
  boundarySet: string;
  mapLabel: string;
  loadingMap: string;
  loading: string;
  retry: string;
  close: string;
  loadFailed: (what: string, reason: string) => string;
  networkError: string;
  what: {
    meta: string;
    indicators: string;
    counties: string;
    provinces: string;
    projects: string;
    county: string;
  };
  legendTitle: string;
  legendNoData: string;
  legendDarkerWorse: string;
  legendDarkerHigher: string;
  legendQuantiles: string;
  statusLegendTitle: string;
  approximateLegend: string;
  statuses: Record<ProjectStatus, string>;
  precisions: Record<Precision, string>;
  approximateNote: string;
  county: string;
  province: string;
  countyPanelTitle: string;
  indicatorsHeading: string;
  noIndicatorValues: string;
  projectsHeading: string;
  projectsCount: (n: string) => string;
  noProjects: string;
  projectsFromPolygonNote: string;
  projectDetails: string;
  backToList: string;
  sector: string;
  status: string;
  sourceStatus: string;
  locationPrecision: string;
  progress: string;
  executingAgency: string;
  supportingAgencies: string;
  investment: string;
  privateShare: string;
  expectedJobs: string;
  startDate: string;
  endDate: string;
  sourceDocument: string;
  sourceDate: string;
  solarHijri: string;
  updatedAt: string;
  investmentUnits: Record<string, string>;
  units: Record<string, string>;
  noValue: string;
  percentSign: string;
  listSeparator: string;
  countyCount: (n: string) => string;
  zoomHint: string;
  detailFor: (province: string) => string;
}
