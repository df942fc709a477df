import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useMemo } from 'react';
import { localName } from '../../features/i18n/format.ts';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';
import { projectQuery } from '../../features/projects/api/projects.ts';
import type { ProjectFeature } from '../../features/projects/api/types.ts';
import { ProjectPanel } from '../../features/projects/components/ProjectPanel.tsx';
import { SuggestionsSection } from '../../features/suggestions/components/SuggestionsSection.tsx';
import { CopyLinkButton } from '../../shared/components/CopyLinkButton.tsx';
import { ErrorNotice } from '../../shared/components/ErrorNotice.tsx';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle.ts';
import { useShell } from '../shell/ShellContext.ts';
import { SidePanel } from '../shell/SidePanel.tsx';
import { useFlyToOnLink } from './useFlyToOnLink.ts';

/** `/project/<id>`: one project with its timeline; a shared link to it (the monthly review's) opens here. */
export function ProjectPage() {
  const { t, lang } = useI18n();
  const { id } = useParams({ from: '/project/$id' });
  const shell = useShell();
  const { nav, route } = shell;
  // Shown at once from the map's copy when it has one; ProjectPanel then reads it as it is now.
  const listed = shell.projects.data?.features.find((p) => p.properties.id === id);
  const project = useQuery({ ...projectQuery(id), placeholderData: listed });
  const point = project.data?.geometry.coordinates as [number, number] | undefined;
  const lng = point?.[0];
  const lat = point?.[1];
  // Its surroundings: most projects are placed only to their county.
  useFlyToOnLink(
    useMemo(
      () =>
        lng === undefined || lat === undefined ? undefined : [lng - 0.3, lat - 0.3, lng + 0.3, lat + 0.3],
      [lng, lat],
    ),
    shell.setFlyTo,
  );
  const props = project.data?.properties;
  useDocumentTitle(
    props ? localName(lang, { name_fa: props.title_fa, name_en: props.title_en ?? null }) : undefined,
  );
  // Visitors comment on published projects only (the API refuses others), so the form waits for that.
  const open = props !== undefined && props.published !== false && props.archived !== true;
  const onEdit = (p: ProjectFeature) => {
    void shell.projectEditor.startEdit(p);
    // Close enough to drag the marker with some precision (fitBounds stops at zoom 9).
    const [lng, lat] = p.geometry.coordinates as [number, number];
    shell.setFlyTo({ bbox: [lng - 0.05, lat - 0.05, lng + 0.05, lat + 0.05] });
  };
  return (
    <SidePanel
      onClose={() => nav.closePanel()}
      onBack={route.kind === 'project' && route.fromCounty ? nav.back : undefined}
      contentKey={`p${id}`}
    >
      {project.data ? (
        <>
          <CopyLinkButton />
          <ProjectPanel
            project={project.data}
            sectors={shell.sectors}
            signedIn={shell.user !== null}
            onEdit={onEdit}
          />
          {open ? <SuggestionsSection target={{ project: id }} pick={shell.suggestionPoint} /> : null}
        </>
      ) : project.error ? (
        <ErrorNotice what={t.what.projects} error={project.error} onRetry={() => void project.refetch()} />
      ) : (
        <p className="muted loading-line">{t.loading}</p>
      )}
    </SidePanel>
  );
}
