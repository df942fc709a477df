import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { ImportReport, ImportSampleRow } from '../api/importFile.ts';
import { ProblemTable } from './ProblemTable.tsx';
import { SampleTable } from './SampleTable.tsx';

/** A preview (or a refused commit): the counts, every problem, and the first rows that would be imported. */
export function ImportReportView({
  report,
  sample,
}: {
  report: ImportReport;
  sample: ImportSampleRow[] | undefined;
}) {
  const { t, lang } = useI18n();
  const m = t.imports;
  const counts = [
    { label: m.summaryRows, value: report.rows, tone: '' },
    { label: m.summaryValid, value: report.valid, tone: 'is-good' },
    {
      label: m.summaryProblems,
      value: report.problemCount,
      tone: report.problemCount ? 'is-bad' : 'is-good',
    },
  ];
  return (
    <section className="import-report">
      <dl
        className="import-summary"
        data-testid="import-summary"
        data-rows={report.rows}
        data-valid={report.valid}
        data-problems={report.problemCount}
      >
        {counts.map((c) => (
          <div key={c.label} className={`import-count ${c.tone}`}>
            <dd>{formatNumber(lang, c.value)}</dd>
            <dt>{c.label}</dt>
          </div>
        ))}
      </dl>
      {report.problemCount === 0 ? (
        <p className="import-ok">{m.noProblems}</p>
      ) : (
        <ProblemTable problems={report.problems} total={report.problemCount} truncated={report.truncated} />
      )}
      {sample && sample.length > 0 ? <SampleTable sample={sample} valid={report.valid} /> : null}
    </section>
  );
}
