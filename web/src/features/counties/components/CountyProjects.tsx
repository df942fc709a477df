import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Sector } from '../../meta/api/meta.ts';
import { bboxProjectsQuery, countyProjectsQuery } from '../../projects/api/projects.ts';
import type { ProjectFeature } from '../../projects/api/types.ts';
import { ProjectList } from '../../projects/components/ProjectList.tsx';
import type { CountyFeature } from '../api/counties.ts';
import { defaultSet } from '../api/useDisplayedCounties.ts';
import { containsPoint } from '../geometry/containsPoint.ts';

interface CountyProjectsProps {
  county: CountyFeature;
  set: string;
  bbox: [number, number, number, number] | undefined;
  sectors: Sector[];
  onSelect: (project: ProjectFeature) => void;
}

/**
 * Projects are recorded on the `current` boundaries. For a current county the API lists them by county code.
 * For a census county (other vintage, other codes) we ask for the projects in its bounding box and keep
 * those whose point lies inside the polygon the user clicked: simple, needs no mapping between vintages,
 * and says plainly (in a note) how the list was made.
 */
export function CountyProjects({ county, set, bbox, sectors, onSelect }: CountyProjectsProps) {
  const { t, lang } = useI18n();
  const byCode = useQuery({ ...countyProjectsQuery(county.properties.code), enabled: set === defaultSet });
  const byBox = useQuery({
    ...bboxProjectsQuery(bbox ?? [0, 0, 0, 0]),
    enabled: set !== defaultSet && bbox !== undefined,
  });
  const query = set === defaultSet ? byCode : byBox;
  const projects =
    set === defaultSet
      ? (byCode.data?.features ?? [])
      : (byBox.data?.features ?? []).filter((p) => containsPoint(county.geometry, p.geometry.coordinates));

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
