import { memo, useEffect, useRef } from 'react';
import { useIsHoveredCounty, useSetHoveredCounty } from '../../counties/hoveredCounty.tsx';
import { formatNumber, formatSigned, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Indicator } from '../../indicators/api/indicators.ts';
import type { Gap, GapUnit, StabilityUnit } from '../api/workspace.ts';
import { RankRange } from './RankRange.tsx';

interface GapTableProps {
  gap: Gap;
  stability: Map<string, StabilityUnit> | undefined;
  indicators: Indicator[];
  topK: number;
}

/**
 * The counties ranked by gap, those below the band first: need and its rank (1 = most in need), the
 * rank range under other weightings, active projects against the band, and each criterion's part.
 */
export function GapTable({ gap, stability, indicators, topK }: GapTableProps) {
  const { t, lang } = useI18n();
  const w = t.workspace;
  const onHover = useSetHoveredCounty();
  const codes = Object.keys(gap.weights);
  const name = (code: string) => {
    const found = indicators.find((i) => i.code === code);
    return found ? localName(lang, found) : code;
  };
  return (
    <div className="gap-table" data-testid="gap-table">
      <h3 className="analysis-heading">{w.gapTitle(formatNumber(lang, gap.units.length))}</h3>
      <p className="analysis-help">
        <strong data-testid="rank-order">{w.rankOrder}</strong> · {w.gapHelp}
      </p>
      <p className="analysis-help">{w.rangeHelp}</p>
      {/* Not a scroll box of its own: the panel scrolls, so keyboards reach every row (WCAG 2.1.1). */}
      <div className="gap-table-rows">
        <table className="data-table ranking-table">
          <thead>
            <tr>
              <th scope="col">{w.columns.gapRank}</th>
              <th scope="col">{w.columns.county}</th>
              <th scope="col">{w.columns.rank}</th>
              <th scope="col">{w.columns.range}</th>
              <th scope="col">{w.columns.active}</th>
              <th scope="col">{w.columns.gap}</th>
              <th scope="col">{w.columns.contributions}</th>
            </tr>
          </thead>
          <tbody onMouseLeave={() => onHover(null)}>
            {gap.units.map((u) => (
              <GapRow
                key={u.code}
                unit={u}
                stability={stability?.get(u.code)}
                total={gap.units.length}
                topK={topK}
                criteria={codes}
                criterionName={name}
                onHover={onHover}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

const GapRow = memo(function GapRow({
  unit: u,
  stability,
  total,
  topK,
  criteria,
  criterionName,
  onHover,
}: {
  unit: GapUnit;
  stability: StabilityUnit | undefined;
  total: number;
  topK: number;
  criteria: string[];
  criterionName: (code: string) => string;
  onHover: (code: string | null) => void;
}) {
  const { t, lang } = useI18n();
  const w = t.workspace;
  const hovered = useIsHoveredCounty(u.code);
  const row = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (hovered) row.current?.scrollIntoView({ block: 'nearest' });
  }, [hovered]);
  const largest = Math.max(...criteria.map((c) => u.contributions[c] ?? 0), 1e-9);
  return (
    <tr
      ref={row}
      data-testid="gap-row"
      data-code={u.code}
      data-rank={u.rank}
      data-position={u.coverageClass}
      data-low={stability?.low}
      data-high={stability?.high}
      className={`${hovered ? 'row-hovered' : ''} ${u.coverageClass === 'below' ? 'row-below' : ''}`}
      onMouseEnter={() => onHover(u.code)}
    >
      <td>{formatNumber(lang, u.gapRank)}</td>
      <th scope="row" className="gap-county">
        {localName(lang, u)}
      </th>
      <td>
        {formatNumber(lang, u.rank)}
        <span className="muted small"> ({formatNumber(lang, u.need, 2)})</span>
      </td>
      <td>
        {stability ? (
          <RankRange unit={stability} total={total} topK={topK} />
        ) : (
          <span className="muted small">{w.computing}</span>
        )}
      </td>
      <td>
        <span className={`position-pill position-${u.coverageClass}`}>
          {formatNumber(lang, u.coverage.active)} · {w.positions[u.coverageClass]}
        </span>
      </td>
      <td>{formatSigned(lang, u.gap, 2)}</td>
      <td>
        <span className="contribution-bars">
          {criteria.map((c) => (
            <span
              key={c}
              className="contribution-bar"
              title={`${criterionName(c)}: ${formatNumber(lang, u.contributions[c] ?? 0, 3)}`}
              style={{ blockSize: `${Math.max(2, ((u.contributions[c] ?? 0) / largest) * 20)}px` }}
            />
          ))}
        </span>
      </td>
    </tr>
  );
});
