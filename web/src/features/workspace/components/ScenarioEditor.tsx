import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../shared/api/fetchJson.ts';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { apiErrorText } from '../../i18n/errors/errorText.ts';
import { localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Sector } from '../../meta/api/meta.ts';
import {
  createScenario,
  type Gap,
  type Scenario,
  type ScenarioProjectInput,
  type ScenarioStep,
  scenarioQuery,
  stepScenario,
  updateScenario,
} from '../api/workspace.ts';
import { needRequest } from '../useWorkspace.ts';
import type { WorkspaceState } from '../workspaceState.ts';
import { ProjectRows } from './ProjectRows.tsx';
import { ScenarioFiguresView } from './ScenarioFiguresView.tsx';
import { ScenarioTrail } from './ScenarioTrail.tsx';

interface ScenarioEditorProps {
  /** 0: a new scenario. */
  id: number;
  state: WorkspaceState;
  onState: (patch: Partial<WorkspaceState>) => void;
  gap: Gap | undefined;
  sectors: Sector[];
}

interface Draft {
  name: string;
  projects: ScenarioProjectInput[];
}

/**
 * A scenario: its name and proposed projects (counties of the province), saved as a draft with the
 * workspace's need score, submitted, approved or returned with a note; its trail and before/after view.
 */
export function ScenarioEditor({ id, state, onState, gap, sectors }: ScenarioEditorProps) {
  const { t, lang } = useI18n();
  const w = t.workspace;
  const queryClient = useQueryClient();
  const existing = useQuery({ ...scenarioQuery(id), enabled: id > 0 });
  const scenario = existing.data;
  const [draft, setDraft] = useState<Draft>({ name: '', projects: [] });
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);

  // Opening a scenario shows its own need score on the map and in the table.
  const loadedId = scenario?.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when another scenario is loaded, not on every refetch of this one
  useEffect(() => {
    if (!scenario) return;
    setDraft({ name: scenario.name, projects: scenario.projects.map(toInput) });
    onState({
      indicators: scenario.indicators,
      weights: scenario.weights ? scenario.weights.join(',') : 'entropy',
      method: scenario.method,
      polarities: scenario.polarities,
    });
  }, [loadedId]);

  const editable = id === 0 || scenario?.may_edit === true;
  const province = state.province;
  const after = async (saved: Scenario) => {
    queryClient.setQueryData(scenarioQuery(saved.id).queryKey, saved);
    await queryClient.invalidateQueries({ queryKey: ['scenarios'] });
    await queryClient.invalidateQueries({ queryKey: ['scenario-figures', saved.id] });
    await queryClient.invalidateQueries({ queryKey: ['coverage'] });
    await queryClient.invalidateQueries({ queryKey: ['need-gap'] });
    setSavedAt(saved.updated_at);
    if (saved.id !== id) onState({ scenario: saved.id });
  };
  const run = async (work: () => Promise<Scenario>) => {
    setBusy(true);
    setFailure(null);
    try {
      await after(await work());
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const definition = () => {
    const request = needRequest(state);
    return {
      indicators: request.indicators,
      weights: request.weights ?? 'entropy',
      method: request.method ?? 'topsis',
      ...(request.polarities ? { polarities: request.polarities } : {}),
    };
  };
  const save = () =>
    run(() =>
      id === 0
        ? createScenario({
            name: draft.name,
            province: province ?? '',
            ...definition(),
            projects: draft.projects,
          })
        : updateScenario(id, {
            updated_at: scenario!.updated_at,
            name: draft.name,
            ...definition(),
            projects: draft.projects,
          }),
    );
  const step = (which: ScenarioStep) =>
    run(async () => {
      const done = await stepScenario(id, which, scenario!.updated_at, note.trim() || undefined);
      setNote('');
      return done;
    });

  if (!province)
    return (
      <p className="analysis-help">
        {w.scope}: {w.wholeCountry} — {w.noScenarios}
      </p>
    );
  if (id > 0 && existing.error)
    return <ErrorNotice what={w.scenarios} error={existing.error} onRetry={existing.refetch} />;
  if (id > 0 && !scenario) return <p className="muted">{t.loading}</p>;

  const neediest = gap?.units
    .filter((u) => u.province === province)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, 3);
  const stale = failure instanceof ApiError && failure.code === 'scenario.stale';
  return (
    <section
      className="scenario-editor"
      data-testid="scenario-editor"
      data-status={scenario?.status ?? 'new'}
    >
      <div className="scenario-head">
        <h3 className="analysis-heading">{scenario ? scenario.name : w.newScenario}</h3>
        {scenario ? (
          <span className={`status-pill scenario-${scenario.status}`} data-testid="scenario-status">
            {w.statuses[scenario.status]}
          </span>
        ) : null}
      </div>
      <div className="field">
        <label className="field-label" htmlFor="scenario-name">
          {w.scenarioName}
        </label>
        <input
          id="scenario-name"
          className="input"
          data-testid="scenario-name"
          value={draft.name}
          disabled={!editable}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
      </div>
      <ProjectRows
        projects={draft.projects}
        onProjects={(projects) => setDraft({ ...draft, projects })}
        editable={editable}
        counties={(gap?.units ?? []).filter((u) => u.province === province)}
        sectors={sectors}
      />
      {editable && neediest?.length ? (
        <button
          type="button"
          className="button button-small"
          data-testid="fill-neediest"
          onClick={() =>
            setDraft({
              ...draft,
              projects: neediest.map((u) => ({
                county: u.code,
                title_fa: '',
                sector: sectors[0]?.code ?? 'other',
              })),
            })
          }
        >
          {w.fillNeediest}
        </button>
      ) : null}
      {failure ? (
        stale ? (
          <div className="error-notice" role="alert">
            <span>{w.stale}</span>
            <button type="button" className="button button-small" onClick={() => void existing.refetch()}>
              {w.reload}
            </button>
          </div>
        ) : (
          <p className="field-error" role="alert" data-testid="scenario-error">
            {apiErrorText(lang, failure, t.networkError)}
          </p>
        )
      ) : null}
      {savedAt && !failure ? (
        <p className="muted small" role="status">
          {w.saved}
        </p>
      ) : null}
      <div className="button-row">
        {editable ? (
          <button
            type="button"
            className="button button-primary"
            data-testid="scenario-save"
            disabled={busy || draft.name.trim() === ''}
            onClick={() => void save()}
          >
            {busy ? w.saving : w.saveDraft}
          </button>
        ) : null}
        {scenario?.may_edit ? (
          <button
            type="button"
            className="button"
            data-testid="scenario-submit"
            disabled={busy || scenario.projects.length === 0}
            onClick={() => void step('submit')}
          >
            {w.submit}
          </button>
        ) : null}
        {scenario ? (
          <a
            className="button button-ghost"
            href={`/workspace/print/${scenario.id}`}
            data-testid="scenario-print"
          >
            {w.print}
          </a>
        ) : null}
        <button
          type="button"
          className="button button-ghost"
          onClick={() => onState({ scenario: null, compare: null })}
        >
          {w.closeScenario}
        </button>
      </div>
      {scenario?.may_decide ? (
        <div className="scenario-decision" data-testid="scenario-decision">
          <label className="field-label" htmlFor="scenario-note">
            {w.note}
          </label>
          <textarea
            id="scenario-note"
            className="input"
            data-testid="scenario-note"
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              data-testid="scenario-approve"
              disabled={busy}
              onClick={() => void step('approve')}
            >
              {w.approve}
            </button>
            <button
              type="button"
              className="button"
              data-testid="scenario-return"
              disabled={busy}
              onClick={() => void step('return')}
            >
              {w.returnIt}
            </button>
          </div>
        </div>
      ) : null}
      {scenario ? (
        <>
          <ScenarioTrail steps={scenario.steps} />
          <ScenarioFiguresView id={scenario.id} compare={state.compare} />
          {scenario.projects.some((p) => p.project_id) ? (
            <ul className="scenario-made" data-testid="scenario-made">
              {scenario.projects.map((p) =>
                p.project_id ? (
                  <li key={p.project_id}>
                    <a href={`/project/${p.project_id}`} data-testid="scenario-made-project">
                      {p.title_fa} ·{' '}
                      {localName(lang, { name_fa: p.county_name_fa, name_en: p.county_name_en })}
                    </a>
                  </li>
                ) : null,
              )}
            </ul>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

const toInput = (p: Scenario['projects'][number]): ScenarioProjectInput => ({
  county: p.county,
  title_fa: p.title_fa,
  title_en: p.title_en,
  sector: p.sector,
  investment: p.investment,
  expected_jobs: p.expected_jobs,
});
