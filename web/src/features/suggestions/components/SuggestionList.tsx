import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { formatDate, formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { publishedSuggestionsQuery, type SuggestionTarget } from '../api/suggestions.ts';

/**
 * The published suggestions on a county or project, each with the planners' reply. Visitors' text is
 * rendered as text (React escapes it; a link or tag in it stays the characters typed).
 */
export function SuggestionList({ target }: { target: SuggestionTarget }) {
  const { t, lang } = useI18n();
  const m = t.suggestions;
  const query = useQuery(publishedSuggestionsQuery(target));
  const list = query.data?.suggestions ?? [];
  if (query.error)
    return <ErrorNotice what={m.heading} error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <p className="muted loading-line">{t.loading}</p>;
  if (list.length === 0) return <p className="muted">{m.none}</p>;
  return (
    <ul className="suggestion-list" data-testid="suggestion-list" data-count={list.length}>
      {list.map((s) => (
        <li key={s.id} className="suggestion" data-testid="suggestion" data-id={s.id}>
          <p className="suggestion-body">{s.body}</p>
          <p className="suggestion-meta">
            {s.name ?? m.anonymous} · {formatDate(lang, s.created_at)}
            {s.project && !('project' in target) ? (
              <>
                {' · '}
                {m.onProject} «{localName(lang, { name_fa: s.project.title_fa, name_en: s.project.title_en })}
                »
              </>
            ) : null}
            {s.location ? (
              <span className="suggestion-point">
                {' · '}
                {formatNumber(lang, s.location.lat, 3)}
                {t.listSeparator}
                {formatNumber(lang, s.location.lng, 3)}
              </span>
            ) : null}
          </p>
          {s.reply ? (
            <div className="suggestion-reply" data-testid="suggestion-reply">
              <p className="suggestion-reply-title">{m.reply}</p>
              <p className="suggestion-body">{s.reply}</p>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
