// The project types of the API, from the contract (no hand-written copy).
export type {
  ProjectCollection,
  ProjectFeature,
  ProjectProperties,
  ProjectStatus,
} from '@tavazon/contract';
export { projectStatuses } from '@tavazon/contract';
