import { localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Sector } from '../../meta/api/meta.ts';
import type { ProjectFeature } from '../api/types.ts';
import { sectorName } from '../sectorName.ts';
import { StatusBadge } from './StatusBadge.tsx';

interface ProjectListProps {
  projects: ProjectFeature[];
  sectors: Sector[];
  onSelect: (project: ProjectFeature) => void;
}

export function ProjectList({ projects, sectors, onSelect }: ProjectListProps) {
  const { t, lang } = useI18n();
  if (projects.length === 0) return <p className="muted">{t.noProjects}</p>;
  return (
    <ul className="project-list" data-testid="project-list">
      {projects.map((project) => {
        const p = project.properties;
        return (
          <li key={p.id}>
            <button
              type="button"
              className="project-item"
              data-testid="project-item"
              data-id={p.id}
              onClick={() => onSelect(project)}
            >
              <span className="project-title">{lang === 'en' && p.title_en ? p.title_en : p.title_fa}</span>
              <span className="project-meta">
                <StatusBadge status={p.status} />
                <span className="project-sector">{sectorName(lang, sectors, p.sector)}</span>
                <span className="project-sector">
                  {localName(lang, { name_fa: p.county_name_fa, name_en: p.county_name_en })}
                </span>
                {p.published === false ? (
                  <span className="unpublished-badge" data-testid="item-unpublished">
                    {t.editor.unpublishedBadge}
                  </span>
                ) : null}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
