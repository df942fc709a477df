import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { DraftRegion } from '../useSchemeEditor.ts';

interface RegionRowProps {
  region: DraftRegion;
  colour: string;
  count: number;
  active: boolean;
  onActivate: () => void;
  onChange: (patch: Partial<DraftRegion>) => void;
  onRemove: () => void;
}

/** One region of the draft: its swatch (the map colour), names to rename in place, and its county count. */
export function RegionRow({ region, colour, count, active, onActivate, onChange, onRemove }: RegionRowProps) {
  const { t, lang } = useI18n();
  const r = t.regions;
  return (
    <li
      className={`region-row ${active ? 'region-row-active' : ''}`}
      data-testid="region-row"
      data-code={region.code}
    >
      <label className="region-pick">
        <input
          type="radio"
          name="active-region"
          data-testid="region-activate"
          checked={active}
          onChange={onActivate}
          aria-label={r.activate}
        />
        <span className="region-swatch" style={{ background: colour }} aria-hidden="true" />
      </label>
      <input
        className="input"
        dir="ltr"
        aria-label={r.code}
        value={region.code}
        onChange={(e) => onChange({ code: e.target.value.toLowerCase() })}
      />
      <input
        className="input"
        aria-label={r.nameFa}
        value={region.name_fa}
        onChange={(e) => onChange({ name_fa: e.target.value })}
      />
      <input
        className="input"
        dir="ltr"
        aria-label={r.nameEn}
        value={region.name_en}
        onChange={(e) => onChange({ name_en: e.target.value })}
      />
      <span className="muted" data-testid="region-count">
        {formatNumber(lang, count)}
      </span>
      <button type="button" className="button" aria-label={r.remove} onClick={onRemove}>
        ×
      </button>
    </li>
  );
}
