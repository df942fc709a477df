import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { StatusBadge } from '../../projects/components/StatusBadge.tsx';
import type { ImportSampleRow } from '../api/importFile.ts';

/** The first valid rows as they would be imported, with the county each point fell in: a last look. */
export function SampleTable({ sample, valid }: { sample: ImportSampleRow[]; valid: number }) {
  const { t, lang } = useI18n();
  const m = t.imports;
  return (
    <div className="import-section">
      <h3>
        {m.sampleTitle}
        {valid > sample.length ? (
          <span className="section-note muted">
            {' '}
            ({m.sampleMore(formatNumber(lang, sample.length), formatNumber(lang, valid))})
          </span>
        ) : null}
      </h3>
      <div className="import-table-wrap">
        <table className="import-table" data-testid="import-sample">
          <thead>
            <tr>
              <th scope="col">{m.sampleColumns.row}</th>
              <th scope="col">{m.sampleColumns.title}</th>
              <th scope="col">{m.sampleColumns.county}</th>
              <th scope="col">{m.sampleColumns.status}</th>
            </tr>
          </thead>
          <tbody>
            {sample.map((s) => (
              <tr key={s.row} data-row={s.row}>
                <td className="import-num">{formatNumber(lang, s.row)}</td>
                <td>
                  <bdi>{s.title_fa}</bdi>
                </td>
                <td>{s.county_name_fa}</td>
                <td>
                  <StatusBadge status={s.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
