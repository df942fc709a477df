import { formatNumber } from '../../features/i18n/format.ts';
import { useI18n } from '../../features/i18n/LanguageProvider.tsx';
import type { PreviewCommitFlow } from './usePreviewCommit.ts';

interface PreviewCommitButtonsProps {
  flow: PreviewCommitFlow;
  words: {
    preview: string;
    previewing: string;
    commit: (count: string) => string;
    committing: string;
    commitBlocked: string;
  };
  /** `<prefix>-preview` and `<prefix>-commit` for the browser tests. */
  testIdPrefix: string;
}

/** Preview, then save once the preview is clean; says why saving waits while problems remain. */
export function PreviewCommitButtons({ flow, words, testIdPrefix }: PreviewCommitButtonsProps) {
  const { lang } = useI18n();
  const { report } = flow;
  return (
    <>
      <button
        type="submit"
        className="button"
        data-testid={`${testIdPrefix}-preview`}
        disabled={!flow.file || flow.refused || flow.busy}
      >
        {flow.previewing ? words.previewing : words.preview}
      </button>
      {report ? (
        <button
          type="button"
          className="button button-primary"
          data-testid={`${testIdPrefix}-commit`}
          disabled={!flow.canCommit}
          onClick={flow.saveFile}
        >
          {flow.committing ? words.committing : words.commit(formatNumber(lang, report.valid))}
        </button>
      ) : null}
      {report && report.problemCount > 0 ? <span className="import-hint">{words.commitBlocked}</span> : null}
    </>
  );
}
