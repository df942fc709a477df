import { projectLimits } from '@tavazon/contract';
import { localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Sector } from '../../meta/api/meta.ts';
import { projectStatuses } from '../api/types.ts';
import type { Draft, DraftField } from './draft.ts';
import { FormField } from './FormField.tsx';
import type { EditorSession } from './useProjectEditor.ts';

interface MainFieldsProps {
  session: EditorSession;
  sectors: Sector[];
  setField: <K extends DraftField>(field: K, value: Draft[K]) => void;
  problem: (field: DraftField) => string | null;
}

/** Titles, description, sector, status and progress: what the registry lists and the map colours by. */
export function MainFields({ session, sectors, setField, problem }: MainFieldsProps) {
  const { t, lang } = useI18n();
  const e = t.editor;
  const { draft, base } = session;
  // A new project may start in any status (the registry records projects late); an existing one may only
  // move as the lifecycle allows, which the server computed for this user (allowed_statuses).
  const current = base?.properties.status;
  const allowed = base ? [current!, ...(base.properties.allowed_statuses ?? [])] : [...projectStatuses];
  const statuses = allowed.includes(draft.status) ? allowed : [draft.status, ...allowed];
  return (
    <>
      <FormField id="project-title-fa" label={e.titleFa} error={problem('title_fa')} wide>
        <input
          id="project-title-fa"
          className="input"
          dir="rtl"
          lang="fa"
          data-testid="project-title-fa"
          maxLength={projectLimits.titleLength}
          required
          value={draft.title_fa}
          onChange={(ev) => setField('title_fa', ev.target.value)}
        />
      </FormField>
      <FormField id="project-title-en" label={e.titleEn} error={problem('title_en')} wide>
        <input
          id="project-title-en"
          className="input"
          dir="ltr"
          lang="en"
          data-testid="project-title-en"
          maxLength={projectLimits.titleLength}
          value={draft.title_en}
          onChange={(ev) => setField('title_en', ev.target.value)}
        />
      </FormField>
      <FormField id="project-description" label={e.description} wide>
        <textarea
          id="project-description"
          className="input textarea"
          dir="auto"
          rows={3}
          maxLength={projectLimits.descriptionLength}
          data-testid="project-description"
          value={draft.description}
          onChange={(ev) => setField('description', ev.target.value)}
        />
      </FormField>
      <div className="field-stack">
        <FormField id="project-sector" label={t.sector}>
          <select
            id="project-sector"
            className="select"
            data-testid="project-sector"
            value={draft.sector}
            onChange={(ev) => setField('sector', ev.target.value)}
          >
            {sectors.map((s) => (
              <option key={s.code} value={s.code}>
                {localName(lang, s)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          id="project-status"
          label={t.status}
          hint={base && statuses.length === 1 ? e.statusFinal : undefined}
        >
          <select
            id="project-status"
            className="select"
            data-testid="project-status"
            value={draft.status}
            disabled={statuses.length === 1}
            onChange={(ev) => setField('status', ev.target.value as Draft['status'])}
          >
            {statuses.map((s) => (
              <option key={s} value={s}>
                {s === current ? e.statusKeep(t.statuses[s]) : t.statuses[s]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          id="project-progress"
          label={`${t.progress} (${t.percentSign})`}
          error={problem('progress')}
        >
          <input
            id="project-progress"
            className="input"
            dir="ltr"
            inputMode="numeric"
            data-testid="project-progress"
            value={draft.progress}
            onChange={(ev) => setField('progress', ev.target.value)}
          />
        </FormField>
      </div>
    </>
  );
}
