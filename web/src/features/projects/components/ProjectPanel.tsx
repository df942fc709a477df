import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Sector } from '../../meta/api/meta.ts';
import { projectQuery } from '../api/projects.ts';
import type { ProjectFeature } from '../api/types.ts';
import { ProjectDetails } from './ProjectDetails.tsx';

interface ProjectPanelProps {
  /** The project as the list or the map had it: shown at once, then replaced by the version as it is now. */
  project: ProjectFeature;
  sectors: Sector[];
  signedIn: boolean;
  onEdit: (project: ProjectFeature) => void;
}

/** One project in the side panel, read fresh (the map's copy may be older), with Edit for those who may. */
export function ProjectPanel({ project, sectors, signedIn, onEdit }: ProjectPanelProps) {
  const { t } = useI18n();
  const fresh = useQuery({ ...projectQuery(project.properties.id), placeholderData: project });
  const shown = fresh.data ?? project;
  const p = shown.properties;
  const canEdit = signedIn && p.may_edit === true;
  return (
    <div className="project-panel" data-testid="project-panel" data-project={p.id}>
      {fresh.error ? (
        <ErrorNotice what={t.what.projects} error={fresh.error} onRetry={() => void fresh.refetch()} />
      ) : null}
      {signedIn ? (
        <div className="project-edit-bar">
          {p.published === false ? (
            <span className="unpublished-badge" data-testid="unpublished-badge">
              {t.editor.unpublishedBadge}
            </span>
          ) : null}
          {p.archived ? <span className="unpublished-badge">{t.editor.archived}</span> : null}
          {canEdit ? (
            <button
              type="button"
              className="button button-small"
              data-testid="project-edit"
              disabled={fresh.isPlaceholderData}
              onClick={() => onEdit(shown)}
            >
              {t.editor.edit}
            </button>
          ) : null}
        </div>
      ) : null}
      <ProjectDetails project={shown} sectors={sectors} canEdit={canEdit} />
    </div>
  );
}
