import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';
import { meetingQuery } from '../../features/review/api/review.ts';
import { MeetingView } from '../../features/review/components/MeetingView.tsx';
import { reviewMessages } from '../../features/review/messages.ts';
import { useShell } from '../shell/ShellContext.ts';
import { FullPage } from './FullPage.tsx';

/** `/meetings/<id>`: a meeting, its decisions (done, follow-up) and its history. */
export function MeetingPage() {
  const { lang } = useI18n();
  const m = reviewMessages[lang];
  const shell = useShell();
  const { id } = useParams({ from: '/meetings/$id' });
  const meeting = useQuery({ ...meetingQuery(id), enabled: Boolean(shell.user) });
  const province = meeting.data?.province;
  const month = meeting.data?.held_on.slice(0, 7);
  const mayEdit = Boolean(
    province && shell.user && shell.user.role !== 'viewer' && shell.mayEditIn(province),
  );
  return (
    <FullPage
      title={m.meeting}
      testId="meeting-page"
      actions={
        province && month ? (
          <Link
            to="/review/$province/$month"
            params={{ province, month }}
            className="button"
            data-testid="back-to-board"
          >
            {m.backToBoard}
          </Link>
        ) : null
      }
    >
      {shell.user ? <MeetingView id={id} mayEdit={mayEdit} /> : <p className="muted">{m.signInFirst}</p>}
    </FullPage>
  );
}
