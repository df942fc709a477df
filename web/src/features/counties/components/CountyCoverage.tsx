import { useQuery } from '@tanstack/react-query';
import { projectStatuses } from '@tavazon/contract';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { StatusBadge } from '../../projects/components/StatusBadge.tsx';
import '../../portal/portal.css';
import { countyDetailQuery } from '../api/counties.ts';

/**
 * How far the county's driver projects have got: the published ones counted by status. (A fuller
 * coverage figure, `GET /api/coverage`, belongs to another branch; this is what the county detail holds.)
 */
export function CountyCoverage({ set, code }: { set: string; code: string }) {
  const { t, lang } = useI18n();
  const detail = useQuery(countyDetailQuery(code, set));
  const counts = detail.data?.projects;
  const present = counts ? projectStatuses.filter((s) => (counts[s] ?? 0) > 0) : [];
  return (
    <section className="panel-section" aria-labelledby={`coverage-${code}`} data-testid="county-coverage">
      <h3 id={`coverage-${code}`} className="section-title">
        {t.portal.coverage}
      </h3>
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
