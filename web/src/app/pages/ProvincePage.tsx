import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { Bbox } from '../../features/counties/geometry/bbox.ts';
import { localName } from '../../features/i18n/format.ts';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';
import { provinceDetailQuery } from '../../features/provinces/api/provinces.ts';
import { ProvincePanel } from '../../features/provinces/components/ProvincePanel.tsx';
import { CopyLinkButton } from '../../shared/components/CopyLinkButton.tsx';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle.ts';
import { useShell } from '../shell/ShellContext.ts';
import { SidePanel } from '../shell/SidePanel.tsx';
import { useFlyToOnLink } from './useFlyToOnLink.ts';

/** `/province/<code>`: a province of the current boundaries, its counties, projects and suggestions. */
export function ProvincePage() {
  const { lang } = useI18n();
  const { code } = useParams({ from: '/province/$code' });
  const shell = useShell();
  const detail = useQuery(provinceDetailQuery(code)).data;
  const extent = detail?.bbox as Bbox | undefined;
  useFlyToOnLink(
    useMemo(() => extent, [extent]),
    shell.setFlyTo,
  );
  useDocumentTitle(detail ? localName(lang, detail) : undefined);
  return (
    <SidePanel onClose={() => shell.nav.closePanel()} contentKey={`r${code}`}>
      <CopyLinkButton />
      <ProvincePanel code={code} onCounty={(county) => shell.nav.openCounty('current', county)} />
    </SidePanel>
  );
}
