import { useHoveredCounty, useSetHoveredCounty } from '../../counties/hoveredCounty.tsx';
import { formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { cssColour } from '../../indicators/classify/palette.ts';
import type { Gap } from '../api/workspace.ts';
import { bivariateColour } from '../bivariate.ts';

const width = 320;
const height = 220;
const pad = { left: 40, right: 12, top: 12, bottom: 36 };

/**
 * Need (x) against active projects per 100,000 people (y), one dot per county in the gap map's colour;
 * hovering a dot highlights its county on the map and in the table, and a county hovered there is ringed.
 */
export function GapScatter({ gap }: { gap: Gap }) {
  const { t, lang } = useI18n();
  const w = t.workspace;
  const hovered = useHoveredCounty();
  const onHover = useSetHoveredCounty();
  const points = gap.units.map((u) => ({ unit: u, x: u.need, y: u.coverage.active_per_100k ?? 0 }));
  const maxY = Math.max(1, ...points.map((p) => p.y));
  const sx = (x: number) => pad.left + x * (width - pad.left - pad.right);
  const sy = (y: number) => height - pad.bottom - (y / maxY) * (height - pad.top - pad.bottom);
  const ticks = [0, maxY / 2, maxY];
  return (
    <figure className="chart gap-scatter" data-testid="gap-scatter">
      <figcaption className="analysis-heading">{w.scatterTitle}</figcaption>
      {/* Plotted left to right whatever the page's direction: an axis reads from low to high. */}
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={w.scatterTitle}
        style={{ direction: 'ltr' }}
      >
        <line x1={pad.left} y1={sy(0)} x2={width - pad.right} y2={sy(0)} className="chart-axis" />
        <line x1={pad.left} y1={sy(0)} x2={pad.left} y2={pad.top} className="chart-axis" />
        {ticks.map((v) => (
          <text key={v} x={pad.left - 4} y={sy(v) + 3} textAnchor="end" className="chart-tick">
            {formatNumber(lang, v, 1)}
          </text>
        ))}
        {[0, 0.5, 1].map((v) => (
          <text key={v} x={sx(v)} y={height - pad.bottom + 14} textAnchor="middle" className="chart-tick">
            {formatNumber(lang, v, 1)}
          </text>
        ))}
        <text x={(width + pad.left) / 2} y={height - 4} textAnchor="middle" className="chart-label">
          {w.scatterX} →
        </text>
        <text x={10} y={pad.top + 4} className="chart-label" textAnchor="start">
          ↑
        </text>
        {points.map(({ unit, x, y }) => {
          const on = hovered === unit.code;
          return (
            // biome-ignore lint/a11y/noStaticElementInteractions: a pointer-only highlight; keyboard users reach the same counties in the table
            <circle
              key={unit.code}
              data-testid="scatter-point"
              data-code={unit.code}
              cx={sx(x)}
              cy={sy(y)}
              r={on ? 7 : 4.5}
              fill={cssColour(bivariateColour(unit.needClass, unit.coverageClass))}
              stroke={on ? '#111' : '#555'}
              strokeWidth={on ? 2 : 0.6}
              onMouseEnter={() => onHover(unit.code)}
              onMouseLeave={() => onHover(null)}
            >
              <title>
                {`${localName(lang, unit)}: ${w.scatterX} ${formatNumber(lang, x, 2)}${t.listSeparator}${w.scatterY} ${formatNumber(lang, y, 1)}`}
              </title>
            </circle>
          );
        })}
      </svg>
      <p className="chart-caption">
        ↑ {w.scatterY} · {w.scatterHelp}
      </p>
    </figure>
  );
}
