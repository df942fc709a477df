import { useQuery } from '@tanstack/react-query';
import { localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { type OrganisationRef, organisationsQuery } from '../api/organisations.ts';
import { organisationMessages } from '../messages.ts';

interface Common {
  id: string;
  /** The organisations of this province and the national ones; all when omitted. */
  province?: string | undefined;
  testId?: string;
  label?: string;
}

/** Options grouped by nothing but name: officials know their agencies by name. */
function useOrganisations(province: string | undefined): OrganisationRef[] {
  return useQuery(organisationsQuery({ province })).data ?? [];
}

/** One organisation from the list (the executing one), or none. */
export function OrganisationSelect({
  id,
  province,
  testId,
  label,
  value,
  onChange,
  required = false,
}: Common & { value: number | null; onChange: (id: number | null) => void; required?: boolean }) {
  const { lang } = useI18n();
  const m = organisationMessages[lang];
  const list = useOrganisations(province);
  return (
    <select
      id={id}
      className="select"
      data-testid={testId}
      aria-label={label}
      required={required}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
    >
      <option value="">{required ? m.pick : m.none}</option>
      {list.map((o) => (
        <option key={o.id} value={o.id}>
          {localName(lang, o)}
        </option>
      ))}
    </select>
  );
}

/** Several organisations: the chosen ones as removable chips, and a list to add one more. */
export function OrganisationMultiSelect({
  id,
  province,
  testId,
  label,
  value,
  onChange,
}: Common & { value: number[]; onChange: (ids: number[]) => void }) {
  const { lang } = useI18n();
  const m = organisationMessages[lang];
  const list = useOrganisations(province);
  const chosen = value.map((v) => list.find((o) => o.id === v)).filter((o): o is OrganisationRef => !!o);
  return (
    <div className="org-multi" data-testid={testId}>
      {chosen.length ? (
        <ul className="org-chips">
          {chosen.map((o) => (
            <li key={o.id} className="org-chip">
              <bdi>{localName(lang, o)}</bdi>
              <button
                type="button"
                className="button-icon org-chip-remove"
                aria-label={m.remove(localName(lang, o))}
                onClick={() => onChange(value.filter((v) => v !== o.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <select
        id={id}
        className="select"
        aria-label={label}
        data-testid={testId ? `${testId}-add` : undefined}
        value=""
        onChange={(e) => {
          if (e.target.value) onChange([...value, Number(e.target.value)]);
        }}
      >
        <option value="">{m.addOne}</option>
        {list
          .filter((o) => !value.includes(o.id))
          .map((o) => (
            <option key={o.id} value={o.id}>
              {localName(lang, o)}
            </option>
          ))}
      </select>
    </div>
  );
}
