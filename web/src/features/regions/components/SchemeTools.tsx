import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RegionScheme } from '../../analysis/api/analysis.ts';
import { apiErrorText } from '../../i18n/errors/errorText.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { deleteScheme } from '../api/schemes.ts';
import type { SchemeEditor } from '../useSchemeEditor.ts';

interface SchemeToolsProps {
  editor: SchemeEditor;
  set: string;
  province: string | null;
  scheme: RegionScheme | undefined;
  /** Whether the signed-in user may edit schemes of this province. */
  allowed: boolean;
  onDeleted: () => void;
}

/** "New scheme", "Edit", "Delete" beside the scheme picker, for planners of the province and admins. */
export function SchemeTools({ editor, set, province, scheme, allowed, onDeleted }: SchemeToolsProps) {
  const { t, lang } = useI18n();
  const r = t.regions;
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: number) => deleteScheme(id),
    onSuccess: async () => {
      onDeleted();
      await client.invalidateQueries({ queryKey: ['region-schemes'] });
    },
  });
  if (!allowed || editor.draft) return null;
  const editable = scheme && scheme.province === province && province !== null;
  return (
    <div className="scheme-tools">
      {province ? (
        <button
          type="button"
          className="button"
          data-testid="scheme-new"
          onClick={() => editor.startNew(set, province)}
        >
          {r.newScheme}
        </button>
      ) : (
        <span className="muted">{r.pickProvince}</span>
      )}
      {editable ? (
        <>
          <button
            type="button"
            className="button"
            data-testid="scheme-edit"
            onClick={() => editor.startEdit(scheme)}
          >
            {r.edit}
          </button>
          <button
            type="button"
            className="button"
            data-testid="scheme-delete"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm(r.confirmDelete)) remove.mutate(scheme.id);
            }}
          >
            {r.delete}
          </button>
        </>
      ) : null}
      {remove.error ? (
        <p className="auth-error" role="alert">
          {apiErrorText(lang, remove.error, t.networkError)}
        </p>
      ) : null}
    </div>
  );
}
