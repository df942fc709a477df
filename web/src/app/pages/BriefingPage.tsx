import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';
import { briefingQuery } from '../../features/review/api/review.ts';
import { Briefing } from '../../features/review/components/Briefing.tsx';
import { reviewMessages } from '../../features/review/messages.ts';
import { ErrorNotice } from '../../shared/components/ErrorNotice.tsx';
import { useShell } from '../shell/ShellContext.ts';
import { FullPage } from './FullPage.tsx';

/** `/briefing/<county>`: the printable one-county briefing (Persian; English on request). */
export function BriefingPage() {
  const { t, lang, setLang } = useI18n();
  const m = reviewMessages[lang];
  const shell = useShell();
  const { code } = useParams({ from: '/briefing/$code' });
  const briefing = useQuery({ ...briefingQuery(code), enabled: Boolean(shell.user) });
  return (
    <FullPage
      title={m.briefing}
      testId="briefing-page"
      actions={
        <>
          <button
            type="button"
            className="button"
            onClick={() => setLang(lang === 'fa' ? 'en' : 'fa')}
            data-testid="briefing-language"
          >
            {lang === 'fa' ? m.inEnglish : m.inPersian}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => window.print()}
            data-testid="briefing-print"
          >
            {m.print}
          </button>
        </>
      }
    >
      {!shell.user ? (
        <p className="muted">{m.signInFirst}</p>
      ) : briefing.error ? (
        <ErrorNotice what={m.briefing} error={briefing.error} onRetry={() => void briefing.refetch()} />
      ) : briefing.data ? (
        <Briefing briefing={briefing.data} statusName={(s) => t.statuses[s]} />
      ) : (
        <p className="muted">{m.loading}</p>
      )}
    </FullPage>
  );
}
