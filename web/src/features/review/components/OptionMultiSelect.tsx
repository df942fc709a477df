import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { organisationMessages } from '../../organisations/messages.ts';

export interface Option<V extends string | number> {
  value: V;
  label: string;
}

/** Several values of a list: the chosen ones as removable chips, and a list to add one more. */
export function OptionMultiSelect<V extends string | number>({
  id,
  label,
  testId,
  options,
  value,
  onChange,
}: {
  id: string;
  label: string;
  testId?: string;
  options: Option<V>[];
  value: V[];
  onChange: (next: V[]) => void;
}) {
  const { lang } = useI18n();
  const m = organisationMessages[lang];
  const chosen = value.map((v) => options.find((o) => o.value === v)).filter((o): o is Option<V> => !!o);
  return (
    <div className="org-multi" data-testid={testId}>
      {chosen.length ? (
        <ul className="org-chips">
          {chosen.map((o) => (
            <li key={o.value} className="org-chip">
              <bdi>{o.label}</bdi>
              <button
                type="button"
                className="button-icon org-chip-remove"
                aria-label={m.remove(o.label)}
                onClick={() => onChange(value.filter((v) => v !== o.value))}
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
          const picked = options.find((o) => String(o.value) === e.target.value);
          if (picked) onChange([...value, picked.value]);
        }}
      >
        <option value="">{m.addOne}</option>
        {options
          .filter((o) => !value.includes(o.value))
          .map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
      </select>
    </div>
  );
}
