import type { ReactNode } from 'react';
import '../../features/review/review.css';

/**
 * A page that takes the whole area under the header (the review board, organisations, a briefing): the
 * map stays mounted behind it (review.css hides it) so that going back to it is instant.
 */
export function FullPage({
  title,
  actions,
  children,
  testId,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <section className="full-page" data-testid={testId}>
      <div className="full-page-inner">
        <header className="full-page-header">
          <h1 className="full-page-title">{title}</h1>
          {actions ? <div className="full-page-actions">{actions}</div> : null}
        </header>
        {children}
      </div>
    </section>
  );
}
