import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../shared/api/fetchJson.ts';
import type { RegionScheme } from '../../analysis/api/analysis.ts';
import { apiErrorText } from '../../i18n/errors/errorText.ts';
import { formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { type Membership, saveScheme } from '../api/schemes.ts';
import { cssColour, regionColour } from '../regionColours.ts';
import type { SchemeEditor } from '../useSchemeEditor.ts';
import { RegionRow } from './RegionRow.tsx';

interface Props {
  editor: SchemeEditor;
  /** The saved scheme, so the analysis switches to it. */
  onSaved: (scheme: RegionScheme) => void;
}

/** Editing mode: the regions, the counties still without one, and Save once every county has a region. */
export function SchemeEditorPanel({ editor, onSaved }: Props) {
  const { t, lang } = useI18n();
  const r = t.regions;
  const client = useQueryClient();
  const { draft, input, unassigned } = editor;
  const [fresh, setFresh] = useState({ code: '', name_fa: '', name_en: '' });
  const save = useMutation({
    mutationFn: () => saveScheme(draft?.id ?? null, draft?.updatedAt ?? null, input!),
    onSuccess: async (scheme) => {
      await client.invalidateQueries({ queryKey: ['region-schemes'] });
      await client.invalidateQueries({ queryKey: ['regions'] });
      editor.cancel();
      onSaved(scheme);
    },
  });
  if (!draft || !input) return null;

  const nameOf = (code: string) => {
    const county = editor.provinceCounties.find((c) => c.properties.code === code);
    return county ? localName(lang, county.properties) : code;
  };
  const codes = input.regions.map((x) => x.code);
  const invalid =
    !input.name_fa ||
    !input.name_en ||
    input.regions.length === 0 ||
    input.regions.some((x) => !/^[a-z0-9-]{1,40}$/.test(x.code) || !x.name_fa || !x.name_en) ||
    new Set(codes).size !== codes.length;
  const canAdd = /^[a-z0-9-]{1,40}$/.test(fresh.code) && fresh.name_fa.trim() && fresh.name_en.trim();

  const error = save.error;
  const membership = (error instanceof ApiError ? error.body?.membership : undefined) as
    | Membership
    | undefined;
  const conflict = error instanceof ApiError && error.status === 409 ? error.body?.current : undefined;

  return (
    <section className="scheme-editor" data-testid="scheme-editor" data-province={draft.province}>
      <h3>{draft.id === null ? r.newScheme : r.editing}</h3>
      <div className="field-row">
        <input
          className="input"
          data-testid="scheme-name-fa"
          placeholder={r.nameFa}
          aria-label={r.nameFa}
          value={draft.name_fa}
          onChange={(e) => editor.patch({ name_fa: e.target.value })}
        />
        <input
          className="input"
          dir="ltr"
          data-testid="scheme-name-en"
          placeholder={r.nameEn}
          aria-label={r.nameEn}
          value={draft.name_en}
          onChange={(e) => editor.patch({ name_en: e.target.value })}
        />
      </div>
      <p className="muted">{r.clickHint}</p>
      <ul className="region-list">
        {draft.regions.map((region, i) => (
          <RegionRow
            key={region.key}
            region={region}
            colour={cssColour(regionColour(i))}
            count={input.regions[i]?.counties.length ?? 0}
            active={draft.active === region.key}
            onActivate={() => editor.patch({ active: region.key })}
            onChange={(p) => editor.updateRegion(region.key, p)}
            onRemove={() => editor.removeRegion(region.key)}
          />
        ))}
      </ul>
      <form
        className="region-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (!canAdd) return;
          editor.addRegion(fresh);
          setFresh({ code: '', name_fa: '', name_en: '' });
        }}
      >
        <input
          className="input"
          dir="ltr"
          data-testid="region-code"
          placeholder={r.code}
          aria-label={r.code}
          value={fresh.code}
          onChange={(e) => setFresh({ ...fresh, code: e.target.value.toLowerCase() })}
        />
        <input
          className="input"
          data-testid="region-name-fa"
          placeholder={r.nameFa}
          aria-label={r.nameFa}
          value={fresh.name_fa}
          onChange={(e) => setFresh({ ...fresh, name_fa: e.target.value })}
        />
        <input
          className="input"
          dir="ltr"
          data-testid="region-name-en"
          placeholder={r.nameEn}
          aria-label={r.nameEn}
          value={fresh.name_en}
          onChange={(e) => setFresh({ ...fresh, name_en: e.target.value })}
        />
        <button type="submit" className="button" data-testid="region-add" disabled={!canAdd}>
          {r.addRegion}
        </button>
      </form>
      {unassigned.length > 0 ? (
        <div className="unassigned" data-testid="unassigned" data-count={unassigned.length}>
          <strong>{r.unassigned(formatNumber(lang, unassigned.length))}</strong>
          <span>{unassigned.map((c) => localName(lang, c.properties)).join(t.listSeparator)}</span>
        </div>
      ) : null}
      {error ? (
        <div className="auth-error" role="alert" data-testid="scheme-save-error">
          <p>{apiErrorText(lang, error, t.networkError)}</p>
          {membership
            ? (['missing', 'duplicated', 'unknown'] as const).map((kind) =>
                membership[kind].length > 0 ? (
                  <p key={kind}>
                    {r.membership[kind]}: {membership[kind].map(nameOf).join(t.listSeparator)}
                  </p>
                ) : null,
              )
            : null}
          {conflict ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                editor.startEdit(conflict as RegionScheme);
                save.reset();
              }}
            >
              {r.reload}
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="auth-actions">
        <button
          type="button"
          className="button"
          data-testid="scheme-save"
          disabled={invalid || unassigned.length > 0 || save.isPending}
          onClick={() => save.mutate()}
        >
          {r.save}
        </button>
        <button type="button" className="button" data-testid="scheme-cancel" onClick={editor.cancel}>
          {r.cancel}
        </button>
      </div>
    </section>
  );
}
