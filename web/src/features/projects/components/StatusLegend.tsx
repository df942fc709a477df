import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { cssColour } from '../../indicators/classify/palette.ts';
import { type ProjectStatus, projectStatuses } from '../api/types.ts';
import { statusColours } from '../layers/statusColours.ts';

/** Only the statuses present on the map, so the legend stays short; the hollow ring is always explained. */
export function StatusLegend({ present }: { present: ReadonlySet<ProjectStatus> }) {
  const { t } = useI18n();
  const shown = projectStatuses.filter((s) => present.has(s));
  if (shown.length === 0) return null;
  return (
    <section className="legend-block" data-testid="status-legend" aria-label={t.statusLegendTitle}>
      <h2 className="legend-title">{t.statusLegendTitle}</h2>
      <ul className="legend-statuses">
        {shown.map((status) => (
          <li key={status}>
            <span className="status-dot" style={{ background: cssColour(statusColours[status]) }} />
            {t.statuses[status]}
          </li>
        ))}
      </ul>
      <p className="legend-footnote">
        <span className="status-ring" aria-hidden="true" /> {t.approximateLegend}
      </p>
    </section>
  );
}
