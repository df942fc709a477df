import type { Feature, FeatureCollection, Point } from '../../../shared/api/geojson.ts';

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
  start_date: string | null;
  end_date: string | null;
  source_document: string | null;
  source_date: string | null;
  updated_at: string;
  // Internal fields: present only for signed-in users (docs/api.md lists them).
  investment?: number | string | null;
  investment_unit?: string | null;
  private_share?: number | string | null;
  expected_jobs?: number | null;
  published?: boolean;
  archived?: boolean;
  version?: number;
  status_before?: ProjectStatus | null;
  created_by?: string | null;
  updated_by?: string | null;
  /** GET /api/projects/:id for a signed-in user: whether they may edit it, and to which statuses now. */
  may_edit?: boolean;
  allowed_statuses?: ProjectStatus[];
}

export type ProjectFeature = Feature<Point, ProjectProperties>;
export type ProjectCollection = FeatureCollection<Point, ProjectProperties>;
