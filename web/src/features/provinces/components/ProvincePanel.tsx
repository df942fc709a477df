import { useQuery } from '@tanstack/react-query';
import { projectStatuses } from '@tavazon/contract';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { StatusBadge } from '../../projects/components/StatusBadge.tsx';
import '../../portal/portal.css';
import { provinceDetailQuery } from '../api/provinces.ts';

interface ProvincePanelProps {
  code: string;
  onCounty: (code: string) => void;
}

/** `/province/<code>`: a province with its counties (each a link to its page), projects and suggestions. */
export function ProvincePanel({ code, onCounty }: ProvincePanelProps) {
  const { t, lang } = useI18n();
  const query = useQuery(provinceDetailQuery(code));
  const p = query.data;
  if (query.error)
    return <ErrorNotice what={t.portal.province} error={query.error} onRetry={() => void query.refetch()} />;
  if (!p) return <p className="muted loading-line">{t.loading}</p>;
  const name = localName(lang, p);
  // The Persian name under the English one, as on the county page; not the English in the Persian UI.
  const other = lang === 'en' ? p.name_fa : null;
  const statuses = projectStatuses.filter((s) => (p.projects[s] ?? 0) > 0);
  return (
    <div className="county-panel" data-testid="province-panel" data-province-code={p.code}>
      <header className="panel-header">
        <p className="eyebrow">{t.portal.province}</p>
        <h2 className="panel-title" data-testid="province-name">
          {name}
        </h2>
        {other && other !== name ? (
          <p className="panel-subtitle" lang="fa">
            {other}
          </p>
        ) : null}
        <p className="muted">
          {t.portal.counties(formatNumber(lang, p.counties.length))} ·{' '}
          {t.portal.publishedSuggestions(formatNumber(lang, p.suggestions))}
        </p>
      </header>
      <section className="panel-section" aria-labelledby="province-projects">
        <h3 id="province-projects" className="section-title">
          {t.portal.coverage}
        </h3>
        {statuses.length === 0 ? (
          <p className="muted">{t.portal.coverageNone}</p>
        ) : (
          <ul className="coverage-list">
            {statuses.map((s) => (
              <li key={s}>
                <StatusBadge status={s} /> {formatNumber(lang, p.projects[s] ?? 0)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel-section" aria-labelledby="province-counties">
        <h3 id="province-counties" className="section-title">
          {t.portal.counties(formatNumber(lang, p.counties.length))}
        </h3>
        <ul className="province-counties">
          {p.counties.map((c) => (
            <li key={c.code}>
              <a
                href={`/county/${p.set}/${c.code}`}
                data-testid="province-county"
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  onCounty(c.code);
                }}
              >
                {localName(lang, c)}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
