import { type ReactNode, Suspense } from 'react';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';

/** A part loaded on demand, with a one-line loading state meanwhile. */
export function Lazy({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Suspense
      fallback={
        <p className="muted loading-line" role="status" data-testid="lazy-loading">
          {t.loading}
        </p>
      }
    >
      {children}
    </Suspense>
  );
}
