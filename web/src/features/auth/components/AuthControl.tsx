import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api/fetchJson.ts';
import { apiErrorText } from '../../i18n/errors/errorText.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { login, logout, sessionQuery, sessionQueryKey } from '../api/session.ts';

/** The header's account corner: a sign-in button for visitors, name, role and sign-out for users. */
export function AuthControl() {
  const { t } = useI18n();
  const session = useQuery(sessionQuery);
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const signOut = useMutation({
    mutationFn: logout,
    onSettled: () => {
      client.setQueryData(sessionQueryKey, { user: null });
      // What the API lists depends on who asks (unpublished projects, internal fields): drop the signed-in
      // answers rather than keep showing them to whoever uses this browser next.
      void client.resetQueries({ queryKey: ['projects'] });
    },
  });
  const user = session.data?.user;
  if (user) {
    return (
      <div className="auth-user" data-testid="auth-user">
        <span className="auth-name" data-testid="auth-name">
          {user.display_name || user.username}
        </span>
        <span className="auth-role">{t.auth.roles[user.role]}</span>
        <button
          type="button"
          className="button"
          data-testid="sign-out"
          disabled={signOut.isPending}
          onClick={() => signOut.mutate()}
        >
          {t.auth.signOut}
        </button>
      </div>
    );
  }
  return (
    <>
      <button type="button" className="button" data-testid="sign-in" onClick={() => setOpen(true)}>
        {t.auth.signIn}
      </button>
      {open ? <SignInDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function SignInDialog({ onClose }: { onClose: () => void }) {
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => login(username.trim(), password),
    onSuccess: (session) => {
      client.setQueryData(sessionQueryKey, session);
      void client.resetQueries({ queryKey: ['projects'] });
      onClose();
    },
  });
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };
  const error = signIn.error;
  let message: string | null = null;
  if (error instanceof ApiError) {
    if (error.status === 429)
      message = t.auth.tooMany(formatNumber(lang, Math.ceil((error.retryAfter ?? 60) / 60)));
    else if (error.status === 401) message = t.auth.wrong;
    else message = apiErrorText(lang, error, t.networkError);
  } else if (error) message = t.networkError;

  return (
    <dialog ref={dialog} className="auth-dialog" data-testid="sign-in-dialog" onClose={onClose}>
      <form onSubmit={onSubmit}>
        <h2>{t.auth.signInTitle}</h2>
        <label className="field">
          <span className="field-label">{t.auth.username}</span>
          <input
            name="username"
            autoComplete="username"
            dir="ltr"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{t.auth.password}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            dir="ltr"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {message ? (
          <p className="auth-error" role="alert" data-testid="sign-in-error">
            {message}
          </p>
        ) : null}
        <div className="auth-actions">
          <button type="submit" className="button" disabled={signIn.isPending}>
            {t.auth.signIn}
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t.close}
          </button>
        </div>
      </form>
    </dialog>
  );
}
