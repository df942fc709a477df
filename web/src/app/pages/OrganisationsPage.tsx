import { useI18n } from '../../features/i18n/LanguageProvider.tsx';
import { OrganisationList } from '../../features/organisations/components/OrganisationList.tsx';
import { organisationMessages } from '../../features/organisations/messages.ts';
import { useShell } from '../shell/ShellContext.ts';
import { FullPage } from './FullPage.tsx';

/** `/organisations`: executing and supporting agencies and economic patrons. */
export function OrganisationsPage() {
  const { lang } = useI18n();
  const shell = useShell();
  const provinces = [...(shell.provinces.data?.features.map((f) => f.properties) ?? [])].sort((a, b) =>
    a.name_fa.localeCompare(b.name_fa, 'fa'),
  );
  const mayEdit = shell.user !== null && shell.user.role !== 'viewer';
  return (
    <FullPage title={organisationMessages[lang].title} testId="organisations-page">
      <OrganisationList provinces={provinces} mayEdit={mayEdit} />
    </FullPage>
  );
}
