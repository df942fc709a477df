import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';
import { OrganisationDetail } from '../../features/organisations/components/OrganisationDetail.tsx';
import { organisationMessages } from '../../features/organisations/messages.ts';
import { useShell } from '../shell/ShellContext.ts';
import { FullPage } from './FullPage.tsx';

/** `/organisations/<id>`: one organisation with its patronages, projects, open decisions and history. */
export function OrganisationPage() {
  const { t, lang } = useI18n();
  const m = organisationMessages[lang];
  const shell = useShell();
  const navigate = useNavigate();
  const { id } = useParams({ from: '/organisations/$id' });
  const provinces = [...(shell.provinces.data?.features.map((f) => f.properties) ?? [])].sort((a, b) =>
    a.name_fa.localeCompare(b.name_fa, 'fa'),
  );
  const counties = [...shell.counties.nationalFeatures.map((f) => f.properties)].sort((a, b) =>
    a.name_fa.localeCompare(b.name_fa, 'fa'),
  );
  const mayEdit = shell.user !== null && shell.user.role !== 'viewer';
  return (
    <FullPage
      title={m.title}
      testId="organisation-page"
      actions={
        <Link to="/organisations" className="button">
          {m.back}
        </Link>
      }
    >
      <OrganisationDetail
        id={id}
        provinces={provinces}
        counties={shell.counties.set === 'current' ? counties : []}
        mayEdit={mayEdit}
        statusName={(s) => t.statuses[s as keyof typeof t.statuses] ?? s}
        onDeleted={() => void navigate({ to: '/organisations', search: true })}
      />
    </FullPage>
  );
}
