import type { Feature, FeatureCollection, Point } from '../../../app/api/geojson.ts';

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

export interface ProjectProperties {
  id: number;
  title_fa: string;
  title_en: string | null;
  description: string | null;
  sector: string;
  status: ProjectStatus;
  source_status: string | null;
  progress: number | null;
  location_precision: 'exact' | 'near' | 'county' | 'province';
  county: string;
  county_name_fa: string;
  county_name_en: string | null;
  province: string;
  executing_agency: string | null;
  supporting_agencies: string[];
  investment: number | string | null;
  investment_unit: string | null;
  private_share: number | string | null;
  expected_jobs: number | null;
  start_date: string | null;
  end_date: string | null;
  source_document: string | null;
  source_date: string | null;
  published: boolean;
  version: number;
  updated_at: string;
}

export type ProjectFeature = Feature<Point, ProjectProperties>;
export type ProjectCollection = FeatureCollection<Point, ProjectProperties>;
