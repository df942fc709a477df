import { useQuery } from '@tanstack/react-query';
import { projectStatuses } from '@tavazon/contract';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { StatusBadge } from '../../projects/components/StatusBadge.tsx';
import '../../portal/portal.css';
import { countyDetailQuery } from '../api/counties.ts';

/**
 * The county's driver projects as the public sees them (published ones only): how many are active against
 * the band its province aims at (3–6 by default), in words, and how far they have got, by status.
 */
export function CountyCoverage({ set, code }: { set: string; code: string }) {
  const { t, lang } = useI18n();
  const detail = useQuery(countyDetailQuery(code, set));
  const counts = detail.data?.projects;
  const present = counts ? projectStatuses.filter((s) => (counts[s] ?? 0) > 0) : [];
  const band = detail.data?.coverage;
  return (
    <section className="panel-section" aria-labelledby={`coverage-${code}`} data-testid="county-coverage">
      <h3 id={`coverage-${code}`} className="section-title">
        {t.portal.coverage}
      </h3>
      {band ? (
        <p data-testid="county-band" data-position={band.position} data-active={band.active}>
          {t.portal.coverageBand(
            formatNumber(lang, band.active),
            formatNumber(lang, band.band.min),
            formatNumber(lang, band.band.max),
            band.position,
          )}
        </p>
      ) : null}
      {!counts ? (
        <p className="muted loading-line">{t.loading}</p>
      ) : present.length === 0 ? (
        <p className="muted">{t.portal.coverageNone}</p>
      ) : (
        <ul className="coverage-list">
          {present.map((s) => (
            <li key={s} data-status={s} data-count={counts[s]}>
              <StatusBadge status={s} /> {formatNumber(lang, counts[s] ?? 0)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
