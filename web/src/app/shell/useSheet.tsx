import { type ReactNode, useState, useSyncExternalStore } from 'react';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';

/** How much of a phone's screen the side area takes: a bar, about half, or nearly all of it. */
export type SheetState = 'peek' | 'half' | 'full';

const next: Record<SheetState, SheetState> = { peek: 'half', half: 'full', full: 'peek' };

/**
 * The side panel and the sidebar are bottom sheets on a phone (phone.css, ≤ 760 px): docked under the map,
 * whose height a tap on the handle steps through half → nearly full → a bar → half. The map keeps the
 * rest of the screen (MapLibre follows its container's size), so its controls and credits stay visible.
 * On wider screens the handle is hidden and `data-sheet` means nothing.
 */
export function useSheet(initial: SheetState): {
  sheet: SheetState;
  handle: ReactNode;
  /** Folded to a bar on a phone: what the bar hides is out of the keyboard's reach too (`inert`). */
  folded: boolean;
} {
  const { t } = useI18n();
  const [sheet, setSheet] = useState<SheetState>(initial);
  const phone = useSyncExternalStore(subscribePhone, isPhone, () => false);
  const label =
    sheet === 'peek' ? t.access.sheetShow : sheet === 'half' ? t.access.sheetExpand : t.access.sheetCollapse;
  const handle = (
    <button
      type="button"
      className="sheet-handle"
      aria-label={label}
      title={label}
      aria-expanded={sheet !== 'peek'}
      data-testid="sheet-handle"
      data-sheet={sheet}
      onClick={() => setSheet(next[sheet])}
    >
      <span className="sheet-grip" aria-hidden="true" />
    </button>
  );
  return { sheet, handle, folded: phone && sheet === 'peek' };
}

// The same breakpoint as phone.css.
const phoneQuery = '(max-width: 760px)';
const isPhone = () => window.matchMedia(phoneQuery).matches;
function subscribePhone(onChange: () => void) {
  const query = window.matchMedia(phoneQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
