import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { type Download, downloadsQuery } from '../api/downloads.ts';
import '../downloads.css';

/** The open-data page: every public dataset in CSV, GeoJSON and XLSX, each with its licences and date. */
export function DownloadsPanel() {
  const { t } = useI18n();
  const m = t.downloads;
  const query = useQuery(downloadsQuery);
  return (
    <div className="downloads" data-testid="downloads">
      <header className="panel-header">
        <h2 className="panel-title">{m.title}</h2>
        <p className="note">{m.intro}</p>
      </header>
      {query.error ? (
        <ErrorNotice what={m.title} error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <p className="muted loading-line">{t.loading}</p>
      ) : (
        <ul className="download-list">
          {query.data.downloads.map((d) => (
            <DownloadItem key={`${d.kind}-${d.set}-${d.period}`} download={d} />
          ))}
        </ul>
      )}
      <p className="note">{m.odbl}</p>
    </div>
  );
}

function DownloadItem({ download: d }: { download: Download }) {
  const { t, lang } = useI18n();
  const m = t.downloads;
  const title = lang === 'fa' ? d.title_fa : d.title_en;
  return (
    <li
      className="download"
      data-testid="download"
      data-kind={d.kind}
      data-set={d.set ?? ''}
      data-period={d.period ?? ''}
    >
      <h3 className="section-title">{title}</h3>
      <p className="download-meta">
        {m.rows(formatNumber(lang, d.rows))} · {m.date}: {d.date ? formatDate(lang, d.date) : m.noDate}
      </p>
      <div className="download-files">
        {d.files.map((f) => (
          <a
            key={f.format}
            className="button button-small"
            href={f.url}
            download
            aria-label={m.download(title, m.formats[f.format])}
            data-testid={`download-${f.format}`}
          >
            {m.formats[f.format]}
          </a>
        ))}
      </div>
      <dl className="download-sources">
        {d.sources.map((s) => (
          <div key={`${s.what_en}-${s.licence_en}`}>
            <dt>{lang === 'fa' ? s.what_fa : s.what_en}</dt>
            <dd>
              {m.licence}: {lang === 'fa' ? s.licence_fa : s.licence_en} · {m.attribution}:{' '}
              {lang === 'fa' ? s.attribution_fa : s.attribution_en}
            </dd>
          </div>
        ))}
      </dl>
    </li>
  );
}
