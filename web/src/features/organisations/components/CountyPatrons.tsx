import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { sessionQuery } from '../../auth/api/session.ts';
import { localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { reviewMessages } from '../../review/messages.ts';
import { organisationsQuery } from '../api/organisations.ts';
import { organisationMessages } from '../messages.ts';

/** A county's economic patrons (Kerman's «معین اقتصادی») and, for officials, the way to its briefing. */
export function CountyPatrons({ county }: { county: string }) {
  const { lang } = useI18n();
  const m = organisationMessages[lang];
  const patrons = useQuery(organisationsQuery({ county })).data ?? [];
  const signedIn = Boolean(useQuery(sessionQuery).data?.user);
  if (patrons.length === 0 && !signedIn) return null;
  return (
    <section className="panel-section" data-testid="county-patrons">
      {patrons.length ? (
        <>
          <h3 className="section-title">{m.patrons}</h3>
          <ul className="plain-list">
            {patrons.map((o) => (
              <li key={o.id} data-testid="county-patron">
                <Link to="/organisations/$id" params={{ id: o.id }}>
                  <bdi>{localName(lang, o)}</bdi>
                </Link>{' '}
                <span className="muted">({m.kinds[o.kind]})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {signedIn ? (
        <p>
          <Link to="/briefing/$code" params={{ code: county }} data-testid="county-briefing-link">
            {reviewMessages[lang].briefing}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
