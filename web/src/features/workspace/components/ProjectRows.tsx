import { localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Sector } from '../../meta/api/meta.ts';
import type { GapUnit, ScenarioProjectInput } from '../api/workspace.ts';

interface ProjectRowsProps {
  projects: ScenarioProjectInput[];
  onProjects: (projects: ScenarioProjectInput[]) => void;
  editable: boolean;
  /** The province's counties, in need order. */
  counties: GapUnit[];
  sectors: Sector[];
}

/** The proposed projects of a scenario: county, title, sector, optional investment and jobs. */
export function ProjectRows({ projects, onProjects, editable, counties, sectors }: ProjectRowsProps) {
  const { t, lang } = useI18n();
  const w = t.workspace;
  const byRank = [...counties].sort((a, b) => a.rank - b.rank);
  const patch = (index: number, change: Partial<ScenarioProjectInput>) =>
    onProjects(projects.map((p, i) => (i === index ? { ...p, ...change } : p)));
  const number = (value: string) => (value.trim() === '' ? null : Number(value));
  return (
    <fieldset className="fieldset scenario-projects" data-testid="scenario-projects">
      <legend className="field-label">{w.projects}</legend>
      {projects.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own before they are saved
        <div className="scenario-project" key={i} data-testid="scenario-project">
          <select
            className="select select-small"
            aria-label={w.county}
            data-testid="scenario-project-county"
            value={p.county}
            disabled={!editable}
            onChange={(e) => patch(i, { county: e.target.value })}
          >
            {byRank.map((c) => (
              <option key={c.code} value={c.code}>
                {localName(lang, c)}
              </option>
            ))}
          </select>
          <input
            className="input"
            aria-label={w.titleFa}
            placeholder={w.titleFa}
            data-testid="scenario-project-title"
            value={p.title_fa}
            disabled={!editable}
            onChange={(e) => patch(i, { title_fa: e.target.value })}
          />
          <select
            className="select select-small"
            aria-label={w.sector}
            data-testid="scenario-project-sector"
            value={p.sector}
            disabled={!editable}
            onChange={(e) => patch(i, { sector: e.target.value })}
          >
            {sectors.map((s) => (
              <option key={s.code} value={s.code}>
                {localName(lang, s)}
              </option>
            ))}
          </select>
          <input
            type="number"
            min={0}
            className="input input-number"
            aria-label={w.investment}
            placeholder={w.investment}
            data-testid="scenario-project-investment"
            value={p.investment ?? ''}
            disabled={!editable}
            onChange={(e) => patch(i, { investment: number(e.target.value) })}
          />
          <input
            type="number"
            min={0}
            step={1}
            className="input input-number"
            aria-label={w.jobs}
            placeholder={w.jobs}
            data-testid="scenario-project-jobs"
            value={p.expected_jobs ?? ''}
            disabled={!editable}
            onChange={(e) => patch(i, { expected_jobs: number(e.target.value) })}
          />
          {editable ? (
            <button
              type="button"
              className="button button-small button-ghost"
              onClick={() => onProjects(projects.filter((_, k) => k !== i))}
            >
              {w.removeProject}
            </button>
          ) : null}
        </div>
      ))}
      {editable && byRank.length ? (
        <button
          type="button"
          className="button button-small"
          data-testid="scenario-add-project"
          onClick={() =>
            onProjects([
              ...projects,
              { county: byRank[0]!.code, title_fa: '', sector: sectors[0]?.code ?? 'other' },
            ])
          }
        >
          {w.addProject}
        </button>
      ) : null}
    </fieldset>
  );
}
