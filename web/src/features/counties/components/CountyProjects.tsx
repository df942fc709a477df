import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Sector } from '../../meta/api/meta.ts';
import { countyProjectsQuery } from '../../projects/api/projects.ts';
import type { ProjectFeature } from '../../projects/api/types.ts';
import { ProjectList } from '../../projects/components/ProjectList.tsx';
import type { CountyFeature } from '../api/counties.ts';
import { defaultSet } from '../api/useDisplayedCounties.ts';

interface CountyProjectsProps {
  county: CountyFeature;
  set: string;
  sectors: Sector[];
  onSelect: (project: ProjectFeature) => void;
}

/**
 * Projects are recorded on the `current` boundaries. The API lists a county's projects on any boundary set:
 * of the current set, those recorded in it; of a census set (other vintage, other codes), those whose point
 * its full-detail polygon covers, which a note says plainly.
 */
export function CountyProjects({ county, set, sectors, onSelect }: CountyProjectsProps) {
  const { t, lang } = useI18n();
  const query = useQuery(countyProjectsQuery(county.properties.code, set));
  const projects = query.data?.features ?? [];

  return (
    <section className="panel-section" aria-labelledby="county-projects-heading">
      <h3 id="county-projects-heading" className="section-title">
        {t.projectsHeading}
        {query.data ? (
          <span className="count-pill" data-testid="project-count">
            {t.projectsCount(formatNumber(lang, projects.length))}
          </span>
        ) : null}
      </h3>
      {set !== defaultSet ? <p className="note">{t.projectsFromPolygonNote}</p> : null}
      {query.error ? (
        <ErrorNotice what={t.what.projects} error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data ? (
        <ProjectList projects={projects} sectors={sectors} onSelect={onSelect} />
      ) : (
        <p className="muted loading-line">{t.loading}</p>
      )}
    </section>
  );
}
