import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { type Organisation, type OrganisationKind, organisationKinds } from '../api/organisations.ts';
import { organisationMessages } from '../messages.ts';

export interface ProvinceOption {
  code: string;
  name_fa: string;
  name_en: string | null;
}

export interface OrganisationDraft {
  name_fa: string;
  name_en: string | null;
  kind: OrganisationKind;
  province: string | null;
}

interface Props {
  provinces: ProvinceOption[];
  initial?: Organisation | undefined;
  /** Saves the draft; a refusal is shown under the form. */
  onSave: (draft: OrganisationDraft) => Promise<unknown>;
  onCancel?: () => void;
}

/** The fields of an organisation: names, kind and province (none: national). */
export function OrganisationForm({ provinces, initial, onSave, onCancel }: Props) {
  const { lang } = useI18n();
  const m = organisationMessages[lang];
  const [draft, setDraft] = useState<OrganisationDraft>({
    name_fa: initial?.name_fa ?? '',
    name_en: initial?.name_en ?? null,
    kind: initial?.kind ?? 'government_agency',
    province: initial?.province ?? null,
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSave({ ...draft, name_fa: draft.name_fa.trim(), name_en: draft.name_en?.trim() || null });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="org-form" onSubmit={submit} data-testid="organisation-form">
      <label className="field">
        <span className="field-label">{m.nameFa}</span>
        <input
          className="input"
          required
          data-testid="organisation-name-fa"
          value={draft.name_fa}
          onChange={(e) => setDraft({ ...draft, name_fa: e.target.value })}
        />
      </label>
      <label className="field">
        <span className="field-label">{m.nameEn}</span>
        <input
          className="input"
          dir="ltr"
          data-testid="organisation-name-en"
          value={draft.name_en ?? ''}
          onChange={(e) => setDraft({ ...draft, name_en: e.target.value })}
        />
      </label>
      <label className="field">
        <span className="field-label">{m.kind}</span>
        <select
          className="select"
          data-testid="organisation-kind"
          value={draft.kind}
          onChange={(e) => setDraft({ ...draft, kind: e.target.value as OrganisationKind })}
        >
          {organisationKinds.map((k) => (
            <option key={k} value={k}>
              {m.kinds[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{m.province}</span>
        <select
          className="select"
          data-testid="organisation-province"
          value={draft.province ?? ''}
          onChange={(e) => setDraft({ ...draft, province: e.target.value || null })}
        >
          <option value="">{m.national}</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {localName(lang, p)}
            </option>
          ))}
        </select>
      </label>
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={busy}
          data-testid="organisation-save"
        >
          {m.save}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {m.cancel}
          </button>
        ) : null}
      </div>
      {error ? <ErrorNotice what={m.title} error={error} /> : null}
    </form>
  );
}
