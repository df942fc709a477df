import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { ProjectFeature } from '../api/types.ts';

interface ProjectTimelineProps {
  project: ProjectFeature;
  /** The user may add progress reports (admin, or planner of the project's province). */
  canEdit: boolean;
}

export function ProjectTimeline({ project, canEdit }: ProjectTimelineProps) {
  const { t } = useI18n();
  void canEdit;
  return (
    <section className="panel-section" data-testid="project-timeline" data-project={project.properties.id}>
      <h3 className="section-title">{t.timeline.heading}</h3>
    </section>
  );
}
