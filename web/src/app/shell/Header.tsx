import type { ReactNode } from 'react';
import { AuthControl } from '../../features/auth/components/AuthControl.tsx';
import { formatNumber, localName } from '../../features/i18n/format.ts';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';
import { LanguageSwitch } from '../../features/i18n/LanguageSwitch.tsx';
import type { Indicator, IndicatorChoice } from '../../features/indicators/api/indicators.ts';
import { IndicatorSelect } from '../../features/indicators/components/IndicatorSelect.tsx';
import type { BoundarySet } from '../../features/meta/api/meta.ts';
import { ReviewNav } from '../../features/review/components/ReviewNav.tsx';

interface HeaderProps {
  indicators: Indicator[];
  choice: IndicatorChoice | null;
  onChoice: (choice: IndicatorChoice | null) => void;
  indicatorsLoading: boolean;
  boundarySet: BoundarySet | undefined;
  setCode: string;
  countyCount: number;
  search: ReactNode;
}

export function Header({
  indicators,
  choice,
  onChoice,
  indicatorsLoading,
  boundarySet,
  setCode,
  countyCount,
  search,
}: HeaderProps) {
  const { t, lang } = useI18n();
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          <svg viewBox="0 0 32 32" width="32" height="32" role="presentation">
            <rect width="32" height="32" rx="8" fill="currentColor" />
            <path d="M16 7v17M9 11h14M11 25h10" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
            <path
              d="M9 11l-3 7h6zM23 11l-3 7h6z"
              stroke="#fff"
              strokeWidth="1.6"
              strokeLinejoin="round"
              fill="none"
            />
          </svg>
        </span>
        <div>
          <h1 className="brand-name">{t.appName}</h1>
          <p className="brand-tagline">{t.appTagline}</p>
        </div>
      </div>
      <div className="header-controls">
        <IndicatorSelect
          indicators={indicators}
          value={choice}
          onChange={onChoice}
          disabled={indicatorsLoading}
        />
        {search}
        <div className="set-badge" data-testid="boundary-set" data-set={setCode}>
          <span className="field-label">{t.boundarySet}</span>
          <span className="set-badge-value">
            {boundarySet ? localName(lang, boundarySet) : setCode}
            {countyCount > 0 ? (
              <span className="muted"> · {t.countyCount(formatNumber(lang, countyCount))}</span>
            ) : null}
          </span>
        </div>
      </div>
      <ReviewNav />
      <AuthControl />
      <LanguageSwitch />
    </header>
  );
}
