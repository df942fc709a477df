import { useQuery } from '@tanstack/react-query';
import { localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { locateQuery, locationPrecisions } from '../api/editing.ts';
import type { Draft, DraftField } from './draft.ts';
import { FormField } from './FormField.tsx';
import { draftLocation } from './useProjectEditor.ts';

interface LocationFieldsProps {
  draft: Draft;
  setField: <K extends DraftField>(field: K, value: Draft[K]) => void;
  problem: (field: DraftField) => string | null;
  /** Whether the user may edit projects in a province (a planner is limited to theirs). */
  mayEditIn: (province: string) => boolean;
  /** The server's message when it refused the location. */
  serverError: string | null;
}

/**
 * The point and its precision. The county is not a field: the database assigns it from the point, and the
 * form shows which one it will be (or that the point is outside every county) before anything is saved.
 */
export function LocationFields({ draft, setField, problem, mayEditIn, serverError }: LocationFieldsProps) {
  const { t, lang } = useI18n();
  const e = t.editor;
  const location = draftLocation(draft);
  const located = useQuery(locateQuery(location));
  const county = located.data?.county;
  const outside = location !== null && located.data !== undefined && county === null;
  const foreign = county && !mayEditIn(county.province.code);
  return (
    <fieldset className="fieldset editor-location" data-testid="editor-location">
      <legend className="field-label">{e.location}</legend>
      <p className="field-hint">{e.locationHint}</p>
      <div className="field-row">
        <FormField id="project-lat" label={e.lat} error={problem('lat')}>
          <input
            id="project-lat"
            className="input"
            dir="ltr"
            inputMode="decimal"
            data-testid="project-lat"
            value={draft.lat}
            onChange={(ev) => setField('lat', ev.target.value)}
          />
        </FormField>
        <FormField id="project-lng" label={e.lng} error={problem('lng')}>
          <input
            id="project-lng"
            className="input"
            dir="ltr"
            inputMode="decimal"
            data-testid="project-lng"
            value={draft.lng}
            onChange={(ev) => setField('lng', ev.target.value)}
          />
        </FormField>
      </div>
      <div className="derived-county" data-testid="derived-county" data-code={county?.code ?? ''}>
        <span className="field-label">{e.countyDerived}</span>{' '}
        {location === null ? (
          <span className="muted">{t.noValue}</span>
        ) : located.isFetching && !located.data ? (
          <span className="muted">{e.countyPending}</span>
        ) : county ? (
          <strong>
            {localName(lang, county)}
            <span className="muted"> · {localName(lang, county.province)}</span>
          </strong>
        ) : null}
      </div>
      {outside ? (
        <p className="field-error" role="alert" data-testid="location-outside">
          {e.outsideCounties}
        </p>
      ) : foreign ? (
        <p className="field-error" role="alert" data-testid="location-foreign">
          {e.notYourProvince(localName(lang, county.province))}
        </p>
      ) : serverError ? (
        <p className="field-error" role="alert" data-testid="location-server-error">
          {serverError}
        </p>
      ) : null}
      <FormField id="project-precision" label={t.locationPrecision}>
        <select
          id="project-precision"
          className="select"
          data-testid="project-precision-select"
          value={draft.location_precision}
          onChange={(ev) => setField('location_precision', ev.target.value as Draft['location_precision'])}
        >
          {locationPrecisions.map((p) => (
            <option key={p} value={p}>
              {t.precisions[p]}
            </option>
          ))}
        </select>
      </FormField>
    </fieldset>
  );
}
