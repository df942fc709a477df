import './editor.css';
import { projectLimits } from '@tavazon/contract';
import type { FormEvent } from 'react';
import { errorText } from '../../i18n/errors/errorText.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Sector } from '../../meta/api/meta.ts';
import { ConflictNotice } from './ConflictNotice.tsx';
import { DetailFields } from './DetailFields.tsx';
import type { DraftField } from './draft.ts';
import { FormField } from './FormField.tsx';
import { LocationFields } from './LocationFields.tsx';
import { MainFields } from './MainFields.tsx';
import type { ProjectEditor as Editor } from './useProjectEditor.ts';

interface ProjectEditorProps {
  editor: Editor;
  sectors: Sector[];
  mayEditIn: (province: string) => boolean;
}

/** The project form in the side panel; while it is open, a click on the map sets the location. */
export function ProjectEditor({ editor, sectors, mayEditIn }: ProjectEditorProps) {
  const { t, lang } = useI18n();
  const e = t.editor;
  const { session } = editor;
  if (!session) return null;
  const { draft, base, serverError } = session;
  // The server's refusal in the reader's language (its English message only for a code we do not know).
  const said = serverError
    ? (errorText(lang, serverError.code, serverError.params) ?? serverError.message)
    : null;
  const problem = (field: DraftField): string | null => {
    const local = editor.problems[field];
    if (local) return e.problems[local];
    // A date the input cannot read is said by the date input itself, under the field.
    if (field === 'start_date' || field === 'end_date') return null;
    // The server names the field it refused; show it under that field.
    return serverError?.field === field ? said : null;
  };
  const busy = editor.save.isPending || editor.archive.isPending;
  const locationError =
    serverError &&
    (serverError.field === 'location' || serverError.field === 'lng' || serverError.field === 'lat')
      ? said
      : null;
  const fieldless =
    serverError && !locationError && !problem(serverError.field as DraftField) ? serverError : null;
  const hasProblems = Object.keys(editor.problems).length > 0 || Object.keys(session.dateErrors).length > 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    editor.save.mutate(session);
  };
  return (
    <form
      className="project-editor"
      data-testid="project-editor"
      data-mode={session.mode}
      noValidate
      onSubmit={submit}
    >
      <header className="panel-header">
        <p className="eyebrow">{session.mode === 'create' ? e.newProject : e.editProject}</p>
        {base ? (
          <h2 className="panel-title" dir="auto">
            {base.properties.title_fa}
          </h2>
        ) : null}
      </header>
      {session.conflict ? (
        <ConflictNotice conflict={session.conflict} onDiscardMine={editor.discardMine} />
      ) : null}
      <MainFields session={session} sectors={sectors} setField={editor.setField} problem={problem} />
      <LocationFields
        draft={draft}
        setField={editor.setField}
        problem={problem}
        mayEditIn={mayEditIn}
        serverError={locationError}
      />
      <DetailFields
        draft={draft}
        setField={editor.setField}
        problem={problem}
        onDateError={editor.setDateError}
      />
      <label className="check editor-published">
        <input
          type="checkbox"
          data-testid="project-published"
          checked={draft.published}
          onChange={(ev) => editor.setField('published', ev.target.checked)}
        />
        {e.published}
      </label>
      <p className="field-hint">{e.publishedHint}</p>
      <FormField id="project-note" label={e.note} hint={e.noteHint} wide>
        <textarea
          id="project-note"
          className="input textarea"
          rows={2}
          maxLength={projectLimits.noteLength}
          data-testid="project-note"
          value={session.note}
          onChange={(ev) => editor.setNote(ev.target.value)}
        />
      </FormField>
      {session.showProblems && hasProblems ? (
        <p className="field-error" role="alert" data-testid="editor-fix-first">
          {e.fixFirst}
        </p>
      ) : null}
      {fieldless ? (
        <p className="field-error" role="alert" data-testid="editor-error">
          {said}
        </p>
      ) : null}
      <div className="editor-actions">
        <button type="submit" className="button button-primary" data-testid="project-save" disabled={busy}>
          {editor.save.isPending ? e.saving : session.mode === 'create' ? e.create : e.save}
        </button>
        <button type="button" className="button" data-testid="project-cancel" onClick={editor.cancel}>
          {e.cancel}
        </button>
        {base ? (
          <button
            type="button"
            className="button button-danger"
            data-testid="project-archive"
            disabled={busy}
            onClick={() => {
              const archived = !base.properties.archived;
              if (archived && !window.confirm(e.confirmArchive)) return;
              editor.archive.mutate({ base, archived, note: session.note.trim() || e.archiveNote });
            }}
          >
            {base.properties.archived ? e.unarchive : e.archive}
          </button>
        ) : null}
      </div>
    </form>
  );
}
