import { errorText } from '../../i18n/errors/errorText.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { ImportProblem } from '../api/importFile.ts';

/**
 * Every problem by row and column, as the file's author needs them to find the cell. Values come from an
 * uploaded file, so they are rendered as text only (React escapes them) and isolated for direction.
 */
export function ProblemTable({
  problems,
  total,
  truncated,
}: {
  problems: ImportProblem[];
  total: number;
  truncated: boolean;
}) {
  const { t, lang } = useI18n();
  const m = t.imports;
  return (
    <div className="import-section">
      <h3>{m.problemsTitle}</h3>
      {truncated ? (
        <p className="import-notice" data-testid="import-truncated">
          {m.truncated(formatNumber(lang, problems.length), formatNumber(lang, total))}
        </p>
      ) : null}
      <div className="import-table-wrap">
        <table className="import-table" data-testid="import-problems">
          <thead>
            <tr>
              <th scope="col">{m.problemColumns.row}</th>
              <th scope="col">{m.problemColumns.column}</th>
              <th scope="col">{m.problemColumns.reason}</th>
              <th scope="col">{m.problemColumns.value}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => {
              const reason = errorText(lang, p.code, p.params) ?? p.reason;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: a problem has no identity; the list is replaced whole
                <tr key={i} data-row={p.row} data-column={p.column ?? ''}>
                  <td className="import-num">{formatNumber(lang, p.row)}</td>
                  <td>
                    {p.column ? (
                      <code dir="auto">{p.column}</code>
                    ) : (
                      <span className="muted">{m.wholeRow}</span>
                    )}
                  </td>
                  <td title={reason === p.reason ? undefined : p.reason}>{reason}</td>
                  <td className="import-value">{p.value !== undefined ? <bdi>{p.value}</bdi> : null}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
