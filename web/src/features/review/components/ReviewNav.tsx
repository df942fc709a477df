import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { sessionQuery } from '../../auth/api/session.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { organisationMessages } from '../../organisations/messages.ts';
import { reviewMessages } from '../messages.ts';

/** The header's way to the organisations (everyone) and the monthly review board (officials). */
export function ReviewNav() {
  const { lang } = useI18n();
  const signedIn = Boolean(useQuery(sessionQuery).data?.user);
  return (
    <nav className="review-nav" aria-label={reviewMessages[lang].nav}>
      <Link to="/organisations" className="review-nav-link" data-testid="nav-organisations">
        {organisationMessages[lang].nav}
      </Link>
      {signedIn ? (
        <Link to="/review" className="review-nav-link" data-testid="nav-review">
          {reviewMessages[lang].nav}
        </Link>
      ) : null}
    </nav>
  );
}
