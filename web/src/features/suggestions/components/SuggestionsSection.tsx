import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { type SuggestionTarget, suggestionsCsvUrl } from '../api/suggestions.ts';
import { type PointPick, SuggestionForm } from './SuggestionForm.tsx';
import { SuggestionList } from './SuggestionList.tsx';
import '../suggestions.css';

interface SuggestionsSectionProps {
  target: SuggestionTarget;
  pick?: PointPick | undefined;
}

/** A county's or project's published suggestions, the form for a new one and (a county) its CSV. */
export function SuggestionsSection({ target, pick }: SuggestionsSectionProps) {
  const { t } = useI18n();
  const m = t.suggestions;
  const headingId = 'project' in target ? `suggestions-p${target.project}` : `suggestions-c${target.county}`;
  return (
    <>
      <section className="panel-section" aria-labelledby={headingId} data-testid="suggestions-section">
        <h3 id={headingId} className="section-title">
          {m.heading}
        </h3>
        <SuggestionList target={target} />
        {'county' in target ? (
          <a
            className="button button-small button-ghost"
            href={suggestionsCsvUrl(target.set, target.county)}
            download
            data-testid="suggestions-csv"
          >
            {m.exportCsv}
          </a>
        ) : null}
      </section>
      <section className="panel-section" aria-labelledby={`${headingId}-form`}>
        <h3 id={`${headingId}-form`} className="section-title">
          {m.formHeading}
        </h3>
        <SuggestionForm target={target} pick={pick} />
      </section>
    </>
  );
}
