import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { cssColour } from '../../indicators/classify/palette.ts';
import type { BandPosition, Coverage, Gap, Stability } from '../api/workspace.ts';
import {
  bivariateColour,
  coverageClasses,
  needClasses,
  positionColours,
  stabilityColours,
} from '../bivariate.ts';
import type { WorkspaceMap } from '../workspaceState.ts';

interface WorkspaceLegendProps {
  map: WorkspaceMap;
  gap: Gap | undefined;
  coverage: Coverage | undefined;
  stability: Stability | undefined;
  scopeName: string;
}

/** The legend of the workspace's map, each class in words with its count. */
export function WorkspaceLegend({ map, gap, coverage, stability, scopeName }: WorkspaceLegendProps) {
  const { t, lang } = useI18n();
  const w = t.workspace;
  const n = (x: number) => formatNumber(lang, x);
  if (map === 'gap') {
    const count = (need: number, position: BandPosition) =>
      gap?.units.filter((u) => u.needClass === need && u.coverageClass === position).length ?? 0;
    return (
      <section className="legend-block workspace-legend" data-testid="bivariate-legend">
        <h2 className="legend-title">{w.bivariateTitle}</h2>
        <p className="legend-note">
          {scopeName} · {w.rankOrder}
        </p>
        <div className="bivariate-grid">
          {needClasses.map((need) => (
            <div className="bivariate-row" key={need}>
              <span className="bivariate-axis">{w.needLevels[need]}</span>
              {coverageClasses.map((position) => (
                <span
                  key={position}
                  className="bivariate-cell"
                  title={w.bivariateCell(w.needLevels[need], w.positions[position])}
                  data-testid="bivariate-cell"
                  data-need={need}
                  data-position={position}
                  style={{ background: cssColour(bivariateColour(need, position)) }}
                >
                  {n(count(need, position))}
                </span>
              ))}
            </div>
          ))}
          <div className="bivariate-row">
            <span className="bivariate-axis" />
            {coverageClasses.map((position) => (
              <span key={position} className="bivariate-axis bivariate-axis-bottom">
                {w.positions[position]}
              </span>
            ))}
          </div>
        </div>
        <p className="legend-note">{w.bivariateExplain}</p>
      </section>
    );
  }
  if (map === 'coverage') {
    const band = coverage?.counties[0]?.band;
    return (
      <section className="legend-block workspace-legend" data-testid="coverage-legend">
        <h2 className="legend-title">{w.coverageTitle}</h2>
        <p className="legend-note">
          {scopeName}
          {band ? ` · ${w.coverageNote(n(band.min), n(band.max))}` : ''}
        </p>
        <ul className="legend-classes">
          {coverageClasses.map((position) => (
            <li
              key={position}
              data-testid="coverage-legend-item"
              data-key={position}
              data-count={coverage?.counts[position] ?? 0}
            >
              <span className="swatch" style={{ background: cssColour(positionColours[position]) }} />
              <span className="legend-range">{w.positions[position]}</span>
              <span className="legend-count">{n(coverage?.counts[position] ?? 0)}</span>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const units = stability?.units ?? [];
  const items = [
    {
      key: 'robust',
      label: w.robust,
      colour: stabilityColours.robust,
      count: units.filter((u) => u.robust).length,
    },
    {
      key: 'depends',
      label: w.depends,
      colour: stabilityColours.depends,
      count: units.filter((u) => !u.robust && u.topShare > 0).length,
    },
    {
      key: 'other',
      label: w.notTop,
      colour: stabilityColours.other,
      count: units.filter((u) => u.topShare === 0).length,
    },
  ];
  return (
    <section className="legend-block workspace-legend" data-testid="stability-legend">
      <h2 className="legend-title">{w.stabilityTitle}</h2>
      <p className="legend-note">
        {scopeName}
        {stability ? ` · ${w.stabilityNote(n(stability.topK), n(stability.weightings))}` : ''}
      </p>
      <ul className="legend-classes">
        {items.map((item) => (
          <li key={item.key} data-testid="stability-legend-item" data-key={item.key} data-count={item.count}>
            <span className="swatch" style={{ background: cssColour(item.colour) }} />
            <span className="legend-range">{item.label}</span>
            <span className="legend-count">{n(item.count)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
