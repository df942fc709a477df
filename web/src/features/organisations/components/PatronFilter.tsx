import { useQuery } from '@tanstack/react-query';
import { localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { organisationsQuery } from '../api/organisations.ts';
import { organisationMessages } from '../messages.ts';

/** The registry's (and so the map's) filter by economic patron; shown once some organisation backs a county. */
export function PatronFilter({
  value,
  onChange,
}: {
  value: number | undefined;
  onChange: (id: number | undefined) => void;
}) {
  const { lang } = useI18n();
  const m = organisationMessages[lang];
  const patrons = (useQuery(organisationsQuery()).data ?? []).filter((o) => o.patronages.length > 0);
  if (patrons.length === 0 && value === undefined) return null;
  return (
    <div className="field">
      <label className="field-label" htmlFor="registry-patron">
        {m.patrons}
      </label>
      <select
        id="registry-patron"
        className="select"
        data-testid="registry-patron"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : undefined)}
      >
        <option value="">{m.anyPatron}</option>
        {patrons.map((o) => (
          <option key={o.id} value={o.id}>
            {localName(lang, o)}
          </option>
        ))}
      </select>
    </div>
  );
}
