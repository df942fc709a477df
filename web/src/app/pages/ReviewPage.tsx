import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { localName } from '../../features/i18n/format.ts';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';
import { reviewQuery } from '../../features/review/api/review.ts';
import { MeetingForm } from '../../features/review/components/MeetingForm.tsx';
import { ReviewBoard } from '../../features/review/components/ReviewBoard.tsx';
import { reviewMessages } from '../../features/review/messages.ts';
import { currentSolarMonth, shiftMonth, solarText, typedSolar } from '../../features/review/solarText.ts';
import { ErrorNotice } from '../../shared/components/ErrorNotice.tsx';
import { useShell } from '../shell/ShellContext.ts';
import { FullPage } from './FullPage.tsx';

/** `/review/<province>/<month>`: the monthly review board of a province, and recording a meeting. */
export function ReviewPage() {
  const { t, lang } = useI18n();
  const m = reviewMessages[lang];
  const shell = useShell();
  const navigate = useNavigate();
  const params = useParams({ strict: false }) as { province?: string; month?: string };
  const provinces = [...(shell.provinces.data?.features.map((f) => f.properties) ?? [])].sort((a, b) =>
    a.name_fa.localeCompare(b.name_fa, 'fa'),
  );
  const province = params.province ?? shell.user?.provinces[0] ?? 'IR-19';
  const month = params.month ?? currentSolarMonth();
  const [monthText, setMonthText] = useState(month);
  useEffect(() => setMonthText(month), [month]);
  const [recording, setRecording] = useState(false);
  const go = (p: string, mo: string) =>
    void navigate({ to: '/review/$province/$month', params: { province: p, month: mo }, search: true });
  const board = useQuery({ ...reviewQuery(province, month), enabled: Boolean(shell.user) });
  const mayEdit = shell.user !== null && shell.mayEditIn(province) && shell.user.role !== 'viewer';

  return (
    <FullPage title={m.title} testId="review-page">
      {!shell.user ? (
        <p className="muted">{m.signInFirst}</p>
      ) : (
        <>
          <form
            className="toolbar"
            onSubmit={(e) => {
              e.preventDefault();
              go(province, typedSolar(monthText));
            }}
          >
            <label className="field">
              <span className="field-label">{m.province}</span>
              <select
                className="select"
                data-testid="review-province"
                value={province}
                onChange={(e) => go(e.target.value, month)}
              >
                {provinces.map((p) => (
                  <option key={p.code} value={p.code}>
                    {localName(lang, p)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button" onClick={() => go(province, shiftMonth(month, -1))}>
              {m.previousMonth}
            </button>
            <label className="field">
              <span className="field-label">{m.month}</span>
              <input
                className="input month-input"
                data-testid="review-month"
                placeholder={m.monthHint}
                value={lang === 'fa' ? solarText('fa', monthText).replace(/[\u2066\u2069]/g, '') : monthText}
                onChange={(e) => setMonthText(typedSolar(e.target.value))}
              />
            </label>
            <button type="submit" className="button">
              {m.show}
            </button>
            <button type="button" className="button" onClick={() => go(province, shiftMonth(month, 1))}>
              {m.nextMonth}
            </button>
            {mayEdit && !recording ? (
              <button
                type="button"
                className="button button-primary"
                data-testid="meeting-new"
                onClick={() => setRecording(true)}
              >
                {m.newMeeting}
              </button>
            ) : null}
          </form>
          {recording && board.data ? (
            <MeetingForm
              province={province}
              projects={board.data.counties.flatMap((c) =>
                c.projects.map((p) => ({
                  value: p.id,
                  label: `${lang === 'en' && p.title_en ? p.title_en : p.title_fa} (${localName(lang, c)})`,
                })),
              )}
              counties={board.data.counties.map((c) => ({ value: c.code, label: localName(lang, c) }))}
              onCancel={() => setRecording(false)}
              onSaved={(id) => void navigate({ to: '/meetings/$id', params: { id }, search: true })}
            />
          ) : null}
          {board.error ? (
            <ErrorNotice what={m.title} error={board.error} onRetry={() => void board.refetch()} />
          ) : null}
          {board.data ? (
            <ReviewBoard board={board.data} statusName={(s) => t.statuses[s]} />
          ) : board.isPending ? (
            <p className="muted">{m.loading}</p>
          ) : null}
        </>
      )}
    </FullPage>
  );
}
