import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import {
  createOrganisation,
  type OrganisationKind,
  organisationKinds,
  organisationsQuery,
} from '../api/organisations.ts';
import { organisationMessages } from '../messages.ts';
import { OrganisationForm, type ProvinceOption } from './OrganisationForm.tsx';

interface Props {
  provinces: ProvinceOption[];
  /** Whether the reader may add organisations (an editor). */
  mayEdit: boolean;
}

/** Every organisation, filtered by kind and province, with the form to add one. */
export function OrganisationList({ provinces, mayEdit }: Props) {
  const { lang } = useI18n();
  const m = organisationMessages[lang];
  const client = useQueryClient();
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const [province, setProvince] = useState('');
  const [adding, setAdding] = useState(false);
  const list = useQuery(organisationsQuery({ kind: kind || undefined, province: province || undefined }));
  const provinceName = (code: string | null) => {
    if (!code) return m.national;
    const p = provinces.find((x) => x.code === code);
    return p ? localName(lang, p) : code;
  };
  return (
    <div className="org-list" data-testid="organisation-list">
      <div className="toolbar">
        <label className="field">
          <span className="field-label">{m.kind}</span>
          <select
            className="select"
            value={kind}
            onChange={(e) => setKind(e.target.value as OrganisationKind | '')}
          >
            <option value="">{m.anyKind}</option>
            {organisationKinds.map((k) => (
              <option key={k} value={k}>
                {m.kinds[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{m.province}</span>
          <select className="select" value={province} onChange={(e) => setProvince(e.target.value)}>
            <option value="">{m.anyProvince}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {localName(lang, p)}
              </option>
            ))}
          </select>
        </label>
        {mayEdit && !adding ? (
          <button
            type="button"
            className="button button-primary"
            onClick={() => setAdding(true)}
            data-testid="organisation-add"
          >
            {m.add}
          </button>
        ) : null}
      </div>
      {adding ? (
        <OrganisationForm
          provinces={provinces}
          onCancel={() => setAdding(false)}
          onSave={async (draft) => {
            await createOrganisation(draft);
            await client.invalidateQueries({ queryKey: ['organisations'] });
            setAdding(false);
          }}
        />
      ) : null}
      {list.error ? (
        <ErrorNotice what={m.title} error={list.error} onRetry={() => void list.refetch()} />
      ) : null}
      {list.data ? (
        <>
          <p className="muted">{m.count(formatNumber(lang, list.data.length))}</p>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{m.nameFa}</th>
                <th scope="col">{m.kind}</th>
                <th scope="col">{m.province}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((o) => (
                <tr key={o.id} data-testid="organisation-row" data-id={o.id}>
                  <td>
                    <Link to="/organisations/$id" params={{ id: o.id }}>
                      {/* A name as people typed it: not for a translator, nor the Persian-words check. */}
                      <bdi translate="no">{localName(lang, o)}</bdi>
                    </Link>
                  </td>
                  <td>{m.kinds[o.kind]}</td>
                  <td>{provinceName(o.province)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : list.isPending ? (
        <p className="muted">{m.loading}</p>
      ) : null}
    </div>
  );
}
