import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { scenariosQuery } from '../api/workspace.ts';
import type { WorkspaceState } from '../workspaceState.ts';

/** The province's scenarios: open one, start a new one (planners), or pick one to compare with. */
export function ScenarioList({
  state,
  onState,
  canDraft,
}: {
  state: WorkspaceState;
  onState: (patch: Partial<WorkspaceState>) => void;
  canDraft: boolean;
}) {
  const { t, lang } = useI18n();
  const w = t.workspace;
  const list = useQuery({ ...scenariosQuery(state.province), enabled: state.province !== null });
  if (!state.province) return null;
  if (list.error) return <ErrorNotice what={w.scenarios} error={list.error} onRetry={list.refetch} />;
  const scenarios = list.data ?? [];
  const others = scenarios.filter((s) => s.id !== state.scenario);
  return (
    <section className="scenario-list" data-testid="scenario-list">
      <div className="scenario-head">
        <h3 className="analysis-heading">{w.scenarios}</h3>
        {canDraft ? (
          <button
            type="button"
            className="button button-small"
            data-testid="scenario-new"
            onClick={() => onState({ scenario: 0, compare: null })}
          >
            {w.newScenario}
          </button>
        ) : null}
      </div>
      {scenarios.length === 0 ? <p className="muted">{w.noScenarios}</p> : null}
      <ul className="trail-list">
        {scenarios.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className={`link-button ${s.id === state.scenario ? 'link-button-active' : ''}`}
              data-testid="scenario-open"
              data-id={s.id}
              onClick={() => onState({ scenario: s.id, compare: null })}
            >
              {s.name}
            </button>{' '}
            <span className="muted small">
              {w.statuses[s.status]} · {formatNumber(lang, s.projects)} {w.proposed}
            </span>
          </li>
        ))}
      </ul>
      {state.scenario && others.length > 0 ? (
        <div className="field">
          <label className="field-label" htmlFor="scenario-compare">
            {w.compareWith}
          </label>
          <select
            id="scenario-compare"
            className="select select-small"
            data-testid="scenario-compare"
            value={state.compare ?? ''}
            onChange={(e) => onState({ compare: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">{w.compareNone}</option>
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </section>
  );
}
