import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { AuthControl } from '../../features/auth/components/AuthControl.tsx';
import { formatNumber } from '../../features/i18n/format.ts';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';
import { LanguageSwitch } from '../../features/i18n/LanguageSwitch.tsx';
import type { Indicator, IndicatorChoice } from '../../features/indicators/api/indicators.ts';
import { IndicatorSelect } from '../../features/indicators/components/IndicatorSelect.tsx';
import type { BoundarySet } from '../../features/meta/api/meta.ts';
import { boundarySetName } from '../../features/meta/boundarySetName.ts';
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
  const menuId = useId();
  const [menuOpen, setMenuOpen] = useState(false);
  const header = useRef<HTMLElement>(null);
  // On a phone the menu drops over the map: Escape or a tap outside the header folds it again.
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMenuOpen(false);
    };
    const onPointer = (event: PointerEvent) => {
      if (!header.current?.contains(event.target as Node)) setMenuOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [menuOpen]);
  return (
    // Wide screens show everything in one row. Phones (≤ 760 px, app.css) fold the header into the brand,
    // the search and a menu button; the menu (indicator, boundary set, account, language) drops down.
    <header className="app-header" ref={header} data-menu={menuOpen ? 'open' : 'closed'}>
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
      {/* THE SEARCH COMPONENT: the one slot for the search box (RootLayout passes it as `search`). It stays
          in the header's row on every screen, outside the folding menu. */}
      <div className="header-search" data-testid="header-search">
        {search}
      </div>
      <button
        type="button"
        className="button button-icon header-menu-button"
        aria-expanded={menuOpen}
        aria-controls={menuId}
        aria-label={menuOpen ? t.access.closeMenu : t.access.menu}
        title={menuOpen ? t.access.closeMenu : t.access.menu}
        data-testid="header-menu-button"
        onClick={() => setMenuOpen((open) => !open)}
      >
        <span aria-hidden="true">{menuOpen ? '×' : '☰'}</span>
      </button>
      <div className="header-menu" id={menuId} data-testid="header-menu">
        <div className="header-controls">
          <IndicatorSelect
            indicators={indicators}
            value={choice}
            onChange={onChoice}
            disabled={indicatorsLoading}
          />
          <div className="set-badge" data-testid="boundary-set" data-set={setCode}>
            <span className="field-label">{t.boundarySet}</span>
            <span className="set-badge-value">
              {boundarySetName(lang, setCode, boundarySet)}
              {countyCount > 0 ? (
                <span className="muted"> · {t.countyCount(formatNumber(lang, countyCount))}</span>
              ) : null}
            </span>
          </div>
        </div>
        <ReviewNav />
        <AuthControl />
        <LanguageSwitch />
      </div>
    </header>
  );
}
