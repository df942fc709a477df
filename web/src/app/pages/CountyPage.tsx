import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useMemo } from 'react';
import { countiesQuery } from '../../features/counties/api/counties.ts';
import { CountyCoverage } from '../../features/counties/components/CountyCoverage.tsx';
import { CountyPanel } from '../../features/counties/components/CountyPanel.tsx';
import { bbox } from '../../features/counties/geometry/bbox.ts';
import { localName } from '../../features/i18n/format.ts';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';
import { SuggestionsSection } from '../../features/suggestions/components/SuggestionsSection.tsx';
import { CopyLinkButton } from '../../shared/components/CopyLinkButton.tsx';
import { ErrorNotice } from '../../shared/components/ErrorNotice.tsx';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle.ts';
import { useShell } from '../shell/ShellContext.ts';
import { SidePanel } from '../shell/SidePanel.tsx';
import { useFlyToOnLink } from './useFlyToOnLink.ts';

/** `/county/<set>/<code>`: a county's indicators and driver projects, over the page it was opened from. */
export function CountyPage() {
  const { t, lang } = useI18n();
  const { set, code } = useParams({ from: '/county/$set/$code' });
  const shell = useShell();
  const { counties } = shell;
  // The counties drawn are usually the set named; a link may name another (then its outline is not drawn).
  const drawn = set === counties.set;
  const other = useQuery({ ...countiesQuery({ set, zoom: 5 }), enabled: !drawn });
  const features = drawn
    ? counties.isLoading
      ? undefined
      : counties.nationalFeatures
    : other.data?.features;
  const county = features?.find((f) => f.properties.code === code);
  useFlyToOnLink(
    useMemo(() => (county ? bbox(county.geometry) : undefined), [county]),
    shell.setFlyTo,
  );
  useDocumentTitle(county ? localName(lang, county.properties) : undefined);
  return (
    <SidePanel onClose={() => shell.nav.closePanel()} contentKey={`c${set}/${code}`}>
      {county ? (
        <>
          <CopyLinkButton />
          <CountyPanel
            county={county}
            set={set}
            boundarySet={shell.meta.data?.boundarySets.find((s) => s.code === set)}
            sectors={shell.sectors}
            onSelectProject={(p) => shell.nav.openProject(p.properties.id)}
            activeIndicator={shell.choice?.code}
            period={shell.choice?.period}
          />
          <CountyCoverage set={set} code={code} />
          <SuggestionsSection target={{ set, county: code }} pick={shell.suggestionPoint} />
        </>
      ) : other.error ? (
        <ErrorNotice what={t.what.county} error={other.error} onRetry={() => void other.refetch()} />
      ) : features ? (
        <ErrorNotice what={t.what.county} error={new Error(`${set}/${code}`)} />
      ) : (
        <p className="muted loading-line">{t.loading}</p>
      )}
    </SidePanel>
  );
}
