import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { StabilityUnit } from '../api/workspace.ts';

/**
 * A county's rank range under other weightings (5th–95th percentile) as a bar on the scale of all
 * ranks, with its rank under the chosen weights as a dot; red when it stays in the top k throughout.
 */
export function RankRange({ unit, total, topK }: { unit: StabilityUnit; total: number; topK: number }) {
  const { t, lang } = useI18n();
  const w = t.workspace;
  const at = (rank: number) => (total > 1 ? ((rank - 1) / (total - 1)) * 100 : 0);
  const label = `${formatNumber(lang, unit.low)}–${formatNumber(lang, unit.high)}`;
  return (
    <span
      className="rank-range"
      data-testid="rank-range"
      title={`${w.columns.range}: ${label} · ${w.topShare(formatNumber(lang, topK))}: ${formatNumber(lang, unit.topShare * 100)}${t.percentSign}`}
    >
      <span className="rank-range-track" aria-hidden="true">
        <span
          className={`rank-range-bar ${unit.robust ? 'rank-range-robust' : ''}`}
          style={{
            insetInlineStart: `${at(unit.low)}%`,
            inlineSize: `${Math.max(2, at(unit.high) - at(unit.low))}%`,
          }}
        />
        <span className="rank-range-dot" style={{ insetInlineStart: `${at(unit.rank)}%` }} />
      </span>
      <span className="rank-range-label">{label}</span>
    </span>
  );
}
