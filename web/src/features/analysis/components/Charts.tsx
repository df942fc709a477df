import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';

const size = 220;
const pad = 28;

/** The Lorenz curve as the API gives it, against the line of perfect equality. Drawn as plain SVG. */
export function LorenzCurve({ points }: { points: [number, number][] }) {
  const { t, lang } = useI18n();
  const inner = size - pad * 2;
  // x grows towards the reading direction's end: mirrored in RTL so the chart reads like the text.
  const rtl = lang === 'fa';
  const px = (x: number) => (rtl ? pad + inner * (1 - x) : pad + inner * x);
  const py = (y: number) => pad + inner * (1 - y);
  const line = points.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ');
  const area = `${line} ${px(1).toFixed(1)},${py(0).toFixed(1)}`;
  const ticks = [0, 0.5, 1];
  return (
    <figure className="chart" data-testid="lorenz">
      <svg
        viewBox={`0 0 ${size} ${size}`}
        width={size}
        height={size}
        role="img"
        aria-label={t.analysis.lorenz}
      >
        <rect x={pad} y={pad} width={inner} height={inner} fill="#fafafa" stroke="#d0d5dd" />
        <polygon points={area} fill="rgb(15 118 110 / 18%)" />
        <line x1={px(0)} y1={py(0)} x2={px(1)} y2={py(1)} stroke="#98a2b3" strokeDasharray="4 3" />
        <polyline points={line} fill="none" stroke="#0f766e" strokeWidth={2} data-testid="lorenz-line" />
        {ticks.map((v) => (
          <g key={v} fontSize="10" fill="#52606d">
            <text x={px(v)} y={size - pad + 14} textAnchor="middle">
              {formatNumber(lang, v * 100)}٪
            </text>
            <text x={rtl ? size - pad + 4 : pad - 4} y={py(v) + 3} textAnchor={rtl ? 'start' : 'end'}>
              {formatNumber(lang, v * 100)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="chart-caption">
        {t.analysis.lorenzAxisX} {rtl ? '←' : '→'} · ↑ {t.analysis.lorenzAxisY} ·{' '}
        <span className="dash-key">- -</span> {t.analysis.equality}
      </figcaption>
    </figure>
  );
}

/** Equal-width histogram of the values in scope (Sturges' bin count). */
export function Histogram({ values, decimals, mean }: { values: number[]; decimals: number; mean?: number }) {
  const { t, lang } = useI18n();
  if (values.length === 0) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const bins = Math.max(1, Math.min(12, Math.ceil(Math.log2(values.length) + 1)));
  const width = max > min ? (max - min) / bins : 1;
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) {
    const i = Math.min(bins - 1, Math.floor((v - min) / width));
    counts[i] = (counts[i] ?? 0) + 1;
  }
  const top = Math.max(...counts);
  const w = 300;
  const h = 140;
  const left = 8;
  const bottom = 22;
  const barW = (w - left * 2) / bins;
  const rtl = lang === 'fa';
  const bx = (i: number) => (rtl ? w - left - (i + 1) * barW : left + i * barW);
  const vx = (v: number) => {
    const f = max > min ? (v - min) / (max - min) : 0.5;
    return rtl ? w - left - f * (w - left * 2) : left + f * (w - left * 2);
  };
  return (
    <figure className="chart" data-testid="histogram" data-bins={bins} data-total={values.length}>
      <svg
        viewBox={`0 0 ${w} ${h}`}
        width="100%"
        role="img"
        aria-label={t.analysis.histogram}
        direction="ltr"
      >
        {counts.map((c, i) => {
          const bh = top > 0 ? ((h - bottom - 8) * c) / top : 0;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: bins are positional
            <g key={i}>
              <rect x={bx(i) + 1} y={h - bottom - bh} width={barW - 2} height={bh} fill="#5b8fb9" />
              {c > 0 ? (
                <text
                  x={bx(i) + barW / 2}
                  y={h - bottom - bh - 2}
                  fontSize="9"
                  textAnchor="middle"
                  fill="#1f2933"
                >
                  {formatNumber(lang, c)}
                </text>
              ) : null}
            </g>
          );
        })}
        {mean !== undefined ? (
          <line x1={vx(mean)} x2={vx(mean)} y1={4} y2={h - bottom} stroke="#b42318" strokeDasharray="3 2" />
        ) : null}
        <line x1={left} x2={w - left} y1={h - bottom} y2={h - bottom} stroke="#98a2b3" />
        <text x={vx(min)} y={h - 6} fontSize="10" textAnchor={rtl ? 'end' : 'start'} fill="#52606d">
          {formatNumber(lang, min, decimals)}
        </text>
        <text x={vx(max)} y={h - 6} fontSize="10" textAnchor={rtl ? 'start' : 'end'} fill="#52606d">
          {formatNumber(lang, max, decimals)}
        </text>
      </svg>
    </figure>
  );
}
