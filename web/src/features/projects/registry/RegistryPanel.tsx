import { exportFormats } from '@tavazon/contract';
import type { SessionUser } from '../../auth/api/session.ts';
import { formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { ImportButton } from '../../imports/components/ImportButton.tsx';
import type { Sector } from '../../meta/api/meta.ts';
import { PatronFilter } from '../../organisations/components/PatronFilter.tsx';
import type { ProvinceCollection } from '../../provinces/api/provinces.ts';
import { ProvinceSelect } from '../../provinces/components/ProvinceSelect.tsx';
import { exportLabel, exportUrl, type ProjectFilter } from '../api/projects.ts';
import { type ProjectFeature, projectStatuses } from '../api/types.ts';
import { RegistryList, useRegistryPages } from './RegistryList.tsx';

interface RegistryPanelProps {
  filter: ProjectFilter;
  onFilter: (patch: Partial<ProjectFilter>) => void;
  sectors: Sector[];
  provinces: ProvinceCollection | undefined;
  user: SessionUser | null | undefined;
  /** The user may add projects (admin or planner). */
  canCreate: boolean;
  onSelect: (project: ProjectFeature) => void;
  onNew: () => void;
}

/** The driver-project registry: filters (also applied to the map), the list, its export, and for editors new/import. */
export function RegistryPanel(props: RegistryPanelProps) {
  const { t, lang } = useI18n();
  const r = t.editor.registry;
  const { filter, onFilter, user } = props;
  const statuses = filter.status ?? [];
  const list = useRegistryPages(filter);
  const features = list.features;
  const filtered =
    filter.province ||
    statuses.length ||
    filter.sector?.length ||
    filter.published !== undefined ||
    filter.archived ||
    filter.patron !== undefined;
  return (
    <aside className="analysis-panel registry-panel" data-testid="registry-panel" aria-label={r.heading}>
      <div className="analysis-body">
        <div className="registry-head">
          <h2 className="section-title">
            {r.heading}
            {list.pages.data ? (
              <span
                className="count-pill"
                data-testid="registry-count"
                data-count={features.length}
                data-more={list.pages.hasNextPage}
              >
                {r.count(formatNumber(lang, features.length))}
                {list.pages.hasNextPage ? '+' : ''}
              </span>
            ) : null}
          </h2>
          {props.canCreate ? (
            <div className="registry-actions">
              <button
                type="button"
                className="button button-primary"
                data-testid="new-project"
                onClick={props.onNew}
              >
                + {t.editor.newProject}
              </button>
              <ImportButton />
            </div>
          ) : null}
        </div>
        <div className="field-grid">
          <div className="field">
            <label className="field-label" htmlFor="registry-province">
              {r.province}
            </label>
            <ProvinceSelect
              id="registry-province"
              testId="registry-province"
              provinces={props.provinces}
              value={filter.province ?? null}
              allLabel={r.allProvinces}
              onChange={(province) => onFilter({ province: province ?? undefined })}
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor="registry-sector">
              {r.sector}
            </label>
            <select
              id="registry-sector"
              className="select"
              data-testid="registry-sector"
              value={filter.sector?.[0] ?? ''}
              onChange={(e) => onFilter({ sector: e.target.value ? [e.target.value] : undefined })}
            >
              <option value="">{r.allSectors}</option>
              {props.sectors.map((s) => (
                <option key={s.code} value={s.code}>
                  {localName(lang, s)}
                </option>
              ))}
            </select>
          </div>
          <PatronFilter value={filter.patron} onChange={(patron) => onFilter({ patron })} />
        </div>
        <fieldset className="fieldset">
          <legend className="field-label">{r.statuses}</legend>
          <div className="segmented">
            {projectStatuses.map((s) => (
              <label key={s} className="check">
                <input
                  type="checkbox"
                  data-testid={`registry-status-${s}`}
                  checked={statuses.includes(s)}
                  onChange={(e) =>
                    onFilter({
                      status: e.target.checked ? [...statuses, s] : statuses.filter((x) => x !== s),
                    })
                  }
                />
                {t.statuses[s]}
              </label>
            ))}
          </div>
        </fieldset>
        {user ? (
          <div className="field-row registry-internal">
            <div className="field">
              <label className="field-label" htmlFor="registry-published">
                {r.publication}
              </label>
              <select
                id="registry-published"
                className="select"
                data-testid="registry-published"
                value={filter.published === undefined ? '' : String(filter.published)}
                onChange={(e) =>
                  onFilter({ published: e.target.value === '' ? undefined : e.target.value === 'true' })
                }
              >
                <option value="">{r.all}</option>
                <option value="true">{r.publishedOnly}</option>
                <option value="false">{r.unpublishedOnly}</option>
              </select>
            </div>
            <label className="check">
              <input
                type="checkbox"
                data-testid="registry-archived"
                checked={filter.archived === true}
                onChange={(e) => onFilter({ archived: e.target.checked || undefined })}
              />
              {r.showArchived}
            </label>
          </div>
        ) : (
          <p className="field-hint">{r.publicNote}</p>
        )}
        {filtered ? (
          <button
            type="button"
            className="button button-ghost button-small"
            data-testid="registry-clear"
            onClick={() =>
              onFilter({
                province: undefined,
                status: undefined,
                sector: undefined,
                published: undefined,
                archived: undefined,
              })
            }
          >
            {r.clear}
          </button>
        ) : null}
        <div className="export-row" data-testid="registry-export">
          <span className="field-label">{r.export}</span>
          {exportFormats.map((format) => (
            <a
              key={format}
              className="button button-small"
              href={exportUrl(filter, format)}
              download
              data-testid={`export-${format}`}
            >
              {exportLabel(lang, format)}
            </a>
          ))}
        </div>
        <RegistryList list={list} sectors={props.sectors} onSelect={props.onSelect} />
      </div>
    </aside>
  );
}
