import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { ApiError } from '../../../shared/api/fetchJson.ts';
import { createProject, type ProjectInput, updateProject } from '../api/editing.ts';
import { projectQuery } from '../api/projects.ts';
import type { ProjectFeature } from '../api/types.ts';
import {
  changedFields,
  type Draft,
  type DraftField,
  type DraftProblem,
  draftFromProject,
  draftToInput,
  emptyDraft,
  numberText,
  parseLocalNumber,
  rebaseDraft,
} from './draft.ts';

export interface Conflict {
  /** Fields someone else changed since the version this form was based on. */
  changed: string[];
  changedBy: string[];
  /** Of those, the ones this editor changed too (their value is kept in the form: to be checked). */
  overlap: string[];
  current: ProjectFeature;
}

export interface EditorSession {
  mode: 'create' | 'edit';
  /** The version the form is based on (edit), as the server sent it, with `allowed_statuses`. */
  base: ProjectFeature | null;
  draft: Draft;
  note: string;
  conflict: Conflict | null;
  /** Problems are shown once a save was tried, not while the user is still typing the first time. */
  showProblems: boolean;
  /** The server's refusal of the last save, by field when it named one. */
  /** The API's refusal: its code and params are worded when shown, so a change of language follows. */
  serverError: {
    field: string | undefined;
    message: string;
    status: number;
    code: string | undefined;
    params: Record<string, unknown>;
  } | null;
  /** Date texts that are not dates (the date inputs report them; their ISO value is then null). */
  dateErrors: Partial<Record<'start_date' | 'end_date', string>>;
}

/** The draft's location when both coordinates read as numbers, else null. */
export function draftLocation(draft: Draft): { lng: number; lat: number } | null {
  const lng = parseLocalNumber(draft.lng);
  const lat = parseLocalNumber(draft.lat);
  return lng === null || lat === null || Number.isNaN(lng) || Number.isNaN(lat) ? null : { lng, lat };
}

/**
 * The project form's state and actions: create, edit (sending only the changed fields with the version
 * they were based on), archive, and the 409 path that keeps the user's changes on top of the new version.
 */
export function useProjectEditor(onSaved: (project: ProjectFeature) => void, lang: 'fa' | 'en') {
  const client = useQueryClient();
  const [session, setSession] = useState<EditorSession | null>(null);

  const startCreate = useCallback((sector: string) => {
    setSession({
      mode: 'create',
      base: null,
      draft: emptyDraft(sector),
      note: '',
      conflict: null,
      showProblems: false,
      serverError: null,
      dateErrors: {},
    });
  }, []);

  const startEdit = useCallback(
    async (project: ProjectFeature) => {
      // Always the version as it is now: the map's copy may be minutes old, and only this one carries the
      // statuses the user may choose.
      const fresh = await client.fetchQuery({ ...projectQuery(project.properties.id), staleTime: 0 });
      setSession({
        mode: 'edit',
        base: fresh,
        draft: draftFromProject(fresh, lang),
        note: '',
        conflict: null,
        showProblems: false,
        serverError: null,
        dateErrors: {},
      });
    },
    [client, lang],
  );

  const setField = useCallback(<K extends DraftField>(field: K, value: Draft[K]) => {
    setSession((s) => (s ? { ...s, draft: { ...s.draft, [field]: value }, serverError: null } : s));
  }, []);
  const setNote = useCallback((note: string) => setSession((s) => (s ? { ...s, note } : s)), []);
  const pick = useCallback(
    (lngLat: [number, number]) => {
      setSession((s) =>
        s
          ? {
              ...s,
              // Six decimals is about 10 cm: more would pretend a precision no click has.
              draft: {
                ...s.draft,
                lng: numberText(lngLat[0].toFixed(6), lang),
                lat: numberText(lngLat[1].toFixed(6), lang),
              },
              serverError: null,
            }
          : s,
      );
    },
    [lang],
  );
  const setDateError = useCallback((field: 'start_date' | 'end_date', error: string | null) => {
    setSession((s) => {
      if (!s || (s.dateErrors[field] ?? null) === error) return s;
      const dateErrors = { ...s.dateErrors };
      if (error) dateErrors[field] = error;
      else delete dateErrors[field];
      return { ...s, dateErrors };
    });
  }, []);
  const cancel = useCallback(() => setSession(null), []);

  const finish = useCallback(
    async (saved: ProjectFeature) => {
      setSession(null);
      await client.invalidateQueries({ queryKey: ['projects'] });
      onSaved(saved);
    },
    [client, onSaved],
  );

  const onConflict = useCallback(
    (error: unknown) => {
      const body = error instanceof ApiError && error.status === 409 ? error.body : undefined;
      const current = body?.current as ProjectFeature | undefined;
      if (!current) return false;
      setSession((s) => {
        if (!s?.base) return s;
        const before = draftFromProject(s.base, lang);
        const mine = (Object.keys(s.draft) as DraftField[]).filter((k) => s.draft[k] !== before[k]);
        const changed = (body?.changed as string[] | undefined) ?? [];
        const touched = (f: string) =>
          mine.includes(f as DraftField) ||
          (f === 'location' && (mine.includes('lng') || mine.includes('lat')));
        return {
          ...s,
          base: current,
          draft: rebaseDraft(s.draft, s.base, current, lang),
          conflict: {
            changed,
            changedBy: (body?.changedBy as string[] | undefined) ?? [],
            overlap: changed.filter(touched),
            current,
          },
          serverError: null,
        };
      });
      // The 409 carries the project but not the statuses this user may now choose (the status itself may
      // have moved); ask for them.
      void client
        .fetchQuery({ ...projectQuery(current.properties.id), staleTime: 0 })
        .then((fresh) =>
          setSession((s) =>
            s?.base && s.base.properties.version === fresh.properties.version ? { ...s, base: fresh } : s,
          ),
        )
        .catch(() => undefined);
      return true;
    },
    [client, lang],
  );

  // A 409 merges (onConflict); any other refusal is shown under the field it names, or above the buttons.
  const refused = useCallback(
    (error: unknown) => {
      if (onConflict(error)) return;
      const e = error instanceof ApiError ? error : new ApiError(0, String(error), undefined, false);
      setSession((s) =>
        s
          ? {
              ...s,
              serverError: {
                field: e.field,
                message: e.message,
                status: e.status,
                code: e.code,
                params: e.params,
              },
            }
          : s,
      );
    },
    [onConflict],
  );

  const save = useMutation({
    mutationFn: async (s: EditorSession): Promise<ProjectFeature | null> => {
      const result = draftToInput(s.draft);
      if (!result.input || Object.keys(s.dateErrors).length > 0) return null;
      const note = s.note.trim() || null;
      if (s.mode === 'create') return createProject({ ...result.input, note });
      const base = s.base!;
      const before = draftToInput(draftFromProject(base)).input;
      const fields = before
        ? changedFields(before, result.input)
        : (Object.keys(result.input) as (keyof ProjectInput)[]);
      if (fields.length === 0) return base;
      const change: Partial<ProjectInput> = {};
      for (const f of fields) (change as Record<string, unknown>)[f] = result.input[f];
      return updateProject(base.properties.id, { ...change, version: base.properties.version!, note });
    },
    onSuccess: (saved) => {
      if (saved) void finish(saved);
      else setSession((s) => (s ? { ...s, showProblems: true } : s));
    },
    onError: refused,
  });

  const archive = useMutation({
    mutationFn: ({ base, archived, note }: { base: ProjectFeature; archived: boolean; note: string }) =>
      updateProject(base.properties.id, { version: base.properties.version!, archived, note }),
    onSuccess: (saved) => void finish(saved),
    onError: refused,
  });

  const problems: Partial<Record<DraftField, DraftProblem>> = useMemo(
    () => (session?.showProblems ? (draftToInput(session.draft).problems ?? {}) : {}),
    [session],
  );
  const discardMine = useCallback(() => {
    setSession((s) =>
      s?.conflict ? { ...s, draft: draftFromProject(s.base ?? s.conflict.current, lang), conflict: null } : s,
    );
  }, [lang]);

  return {
    session,
    startCreate,
    startEdit,
    setField,
    setNote,
    setDateError,
    pick,
    cancel,
    save,
    archive,
    problems,
    discardMine,
  };
}

export type ProjectEditor = ReturnType<typeof useProjectEditor>;
