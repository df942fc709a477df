import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { formatDate, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { changedFields } from '../../review/changedFields.ts';
import { DecisionList } from '../../review/components/DecisionList.tsx';
import { solarText, typedSolar } from '../../review/solarText.ts';
import {
  addPatronage,
  deleteOrganisation,
  deletePatronage,
  type Organisation,
  organisationPageQuery,
  updateOrganisation,
} from '../api/organisations.ts';
import { organisationMessages } from '../messages.ts';
import { OrganisationForm, type ProvinceOption } from './OrganisationForm.tsx';

interface Props {
  id: number;
  provinces: ProvinceOption[];
  counties: { code: string; name_fa: string; name_en: string | null; province: string }[];
  mayEdit: boolean;
  onDeleted: () => void;
  statusName: (status: string) => string;
}

/** An organisation: its details, the counties it backs, its projects, its open decisions and its history. */
export function OrganisationDetail({ id, provinces, counties, mayEdit, onDeleted, statusName }: Props) {
  const { lang } = useI18n();
  const m = organisationMessages[lang];
  const client = useQueryClient();
  const page = useQuery(organisationPageQuery(id));
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (page.error)
    return <ErrorNotice what={m.title} error={page.error} onRetry={() => void page.refetch()} />;
  if (!page.data) return <p className="muted">{m.loading}</p>;
  const { organisation: o, projects, decisions, changes } = page.data;
  const refresh = () => client.invalidateQueries({ queryKey: ['organisations'] });
  const provinceName = (code: string | null) =>
    code ? localName(lang, provinces.find((p) => p.code === code) ?? { name_fa: code }) : m.national;
  return (
    <article className="organisation" data-testid="organisation" data-id={o.id}>
      <h2 className="page-title">
        <bdi>{localName(lang, o)}</bdi>
      </h2>
      <p className="muted">
        {m.kinds[o.kind]} · {provinceName(o.province)}
      </p>
      {mayEdit && !editing ? (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {m.edit}
          </button>
          <button
            type="button"
            className="button"
            data-testid="organisation-delete"
            onClick={async () => {
              if (!window.confirm(m.confirmDelete)) return;
              setError(null);
              try {
                await deleteOrganisation(o.id);
                await refresh();
                onDeleted();
              } catch (err) {
                setError(err);
              }
            }}
          >
            {m.delete}
          </button>
        </div>
      ) : null}
      {editing ? (
        <OrganisationForm
          provinces={provinces}
          initial={o}
          onCancel={() => setEditing(false)}
          onSave={async (draft) => {
            await updateOrganisation(o.id, { updated_at: o.updated_at, ...draft });
            await refresh();
            setEditing(false);
          }}
        />
      ) : null}
      {error ? <ErrorNotice what={m.title} error={error} /> : null}

      <section className="panel-section">
        <h3 className="section-title">{m.patronages}</h3>
        <Patronages organisation={o} counties={counties} mayEdit={mayEdit} onChange={refresh} />
      </section>

      <section className="panel-section">
        <h3 className="section-title">{m.projects}</h3>
        <ul className="plain-list" data-testid="organisation-projects">
          {projects.map((p) => (
            <li key={p.id}>
              {lang === 'en' && p.title_en ? p.title_en : p.title_fa}{' '}
              <span className="muted">
                ({p.role === 'executing' ? m.executing : m.supporting} ·{' '}
                {localName(lang, { name_fa: p.county_name_fa, name_en: p.county_name_en })} ·{' '}
                {statusName(p.status)})
              </span>
            </li>
          ))}
        </ul>
      </section>

      {decisions ? (
        <section className="panel-section">
          <h3 className="section-title">{m.openDecisions}</h3>
          <DecisionList decisions={decisions} withMeeting testId="organisation-decision" />
        </section>
      ) : null}

      {changes?.length ? (
        <section className="panel-section">
          <h3 className="section-title">{m.history}</h3>
          <ul className="plain-list history-list">
            {changes.map((c) => (
              <li key={c.id}>
                {m.changed(c.actor ?? '—', formatDate(lang, c.at))}: {m[c.action]}{' '}
                <span className="muted">({changedFields(lang, c.changes)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

function Patronages({
  organisation: o,
  counties,
  mayEdit,
  onChange,
}: {
  organisation: Organisation;
  counties: Props['counties'];
  mayEdit: boolean;
  onChange: () => Promise<unknown>;
}) {
  const { lang } = useI18n();
  const m = organisationMessages[lang];
  const [county, setCounty] = useState('');
  const [since, setSince] = useState('');
  const [error, setError] = useState<unknown>(null);
  const choices = counties.filter((c) => !o.province || c.province === o.province);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await addPatronage(o.id, { county, since: typedSolar(since) });
      setCounty('');
      setSince('');
      await onChange();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <ul className="plain-list" data-testid="organisation-patronages">
        {o.patronages.map((p) => (
          <li key={p.id}>
            <bdi>{localName(lang, { name_fa: p.county_name_fa, name_en: p.county_name_en })}</bdi>{' '}
            <span className="muted">
              {m.patronSince(solarText(lang, p.since))}
              {p.until ? ` · ${m.until(solarText(lang, p.until))}` : ''}
            </span>
            {mayEdit ? (
              <button
                type="button"
                className="button-icon"
                aria-label={m.remove(p.county_name_fa)}
                onClick={async () => {
                  await deletePatronage(o.id, p.id).catch(setError);
                  await onChange();
                }}
              >
                ×
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {mayEdit ? (
        <form className="toolbar" onSubmit={submit}>
          <label className="field">
            <span className="field-label">{m.county}</span>
            <select className="select" required value={county} onChange={(e) => setCounty(e.target.value)}>
              <option value="">{m.pick}</option>
              {choices.map((c) => (
                <option key={c.code} value={c.code}>
                  {localName(lang, c)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{m.since}</span>
            <input
              className="input"
              required
              placeholder="۱۴۰۳/۰۱/۰۱"
              value={since}
              onChange={(e) => setSince(e.target.value)}
            />
          </label>
          <button type="submit" className="button">
            {m.addPatronage}
          </button>
        </form>
      ) : null}
      {error ? <ErrorNotice what={m.patrons} error={error} /> : null}
    </>
  );
}
