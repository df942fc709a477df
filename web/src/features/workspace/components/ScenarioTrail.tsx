import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { formatDateTime } from '../../projects/timeline/formatDateTime.ts';
import type { Scenario } from '../api/workspace.ts';

/** Every step of the scenario: what, who, when (Solar Hijri in Persian), and the note. */
export function ScenarioTrail({ steps }: { steps: Scenario['steps'] }) {
  const { t, lang } = useI18n();
  const w = t.workspace;
  return (
    <section className="scenario-trail">
      <h4 className="analysis-heading">{w.trail}</h4>
      <ol className="trail-list" data-testid="scenario-trail">
        {steps.map((s) => (
          <li key={`${s.at}${s.action}`} data-testid="scenario-step" data-action={s.action}>
            <strong>{w.actions[s.action]}</strong> · <bdi>{s.actor ?? t.timeline.system}</bdi> ·{' '}
            <span className="muted">{formatDateTime(lang, s.at)}</span>
            {s.note ? <p className="trail-note">{s.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
