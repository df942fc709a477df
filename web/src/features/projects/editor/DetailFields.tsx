import { DateInput } from '../../i18n/dates/DateInput.tsx';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import {
  OrganisationMultiSelect,
  OrganisationSelect,
} from '../../organisations/components/OrganisationPicker.tsx';
import { investmentUnits } from '../api/editing.ts';
import type { Draft, DraftField } from './draft.ts';
import { FormField } from './FormField.tsx';

interface DetailFieldsProps {
  draft: Draft;
  setField: <K extends DraftField>(field: K, value: Draft[K]) => void;
  problem: (field: DraftField) => string | null;
  onDateError: (field: 'start_date' | 'end_date', error: string | null) => void;
}

/** Who carries the project, what it costs and yields, when, and which document it comes from. */
export function DetailFields({ draft, setField, problem, onDateError }: DetailFieldsProps) {
  const { t } = useI18n();
  const e = t.editor;
  const text = (field: DraftField, id: string, options: { dir?: 'ltr'; numeric?: boolean } = {}) => (
    <input
      id={id}
      className="input"
      dir={options.dir}
      inputMode={options.numeric ? 'decimal' : undefined}
      data-testid={id}
      value={draft[field] as string}
      onChange={(ev) => setField(field, ev.target.value as never)}
    />
  );
  return (
    <>
      <FormField id="project-executing" label={t.executingAgency} wide>
        <OrganisationSelect
          id="project-executing"
          testId="project-executing"
          value={draft.executing_org_id}
          onChange={(id) => setField('executing_org_id', id)}
        />
      </FormField>
      <FormField id="project-supporting" label={t.supportingAgencies} wide>
        <OrganisationMultiSelect
          id="project-supporting"
          testId="project-supporting"
          value={draft.supporting_org_ids}
          onChange={(ids) => setField('supporting_org_ids', ids)}
        />
      </FormField>
      <div className="field-row">
        <FormField id="project-investment" label={t.investment} error={problem('investment')}>
          {text('investment', 'project-investment', { dir: 'ltr', numeric: true })}
        </FormField>
        <FormField id="project-unit" label={e.investmentUnit} error={problem('investment_unit')}>
          <select
            id="project-unit"
            className="select"
            data-testid="project-unit"
            value={draft.investment_unit}
            onChange={(ev) => setField('investment_unit', ev.target.value as Draft['investment_unit'])}
          >
            <option value="">{e.noUnit}</option>
            {investmentUnits.map((u) => (
              <option key={u} value={u}>
                {t.investmentUnits[u] ?? u}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <div className="field-row">
        <FormField
          id="project-private-share"
          label={`${t.privateShare} (${t.percentSign})`}
          error={problem('private_share')}
        >
          {text('private_share', 'project-private-share', { dir: 'ltr', numeric: true })}
        </FormField>
        <FormField id="project-jobs" label={t.expectedJobs} error={problem('expected_jobs')}>
          {text('expected_jobs', 'project-jobs', { dir: 'ltr', numeric: true })}
        </FormField>
      </div>
      <div className="field-row">
        <FormField id="project-start" label={t.startDate}>
          <DateInput
            id="project-start"
            name="start_date"
            testId="project-start"
            value={draft.start_date}
            onChange={({ iso, error }) => {
              setField('start_date', iso);
              onDateError('start_date', error);
            }}
          />
        </FormField>
        <FormField id="project-end" label={t.endDate} error={problem('end_date')}>
          <DateInput
            id="project-end"
            name="end_date"
            testId="project-end"
            value={draft.end_date}
            onChange={({ iso, error }) => {
              setField('end_date', iso);
              onDateError('end_date', error);
            }}
          />
        </FormField>
      </div>
      <div className="field-row">
        <FormField id="project-source" label={t.sourceDocument}>
          {text('source_document', 'project-source')}
        </FormField>
        <FormField
          id="project-source-date"
          label={t.sourceDate}
          error={problem('source_date')}
          hint={e.sourceDateHint}
        >
          {text('source_date', 'project-source-date', { dir: 'ltr' })}
        </FormField>
      </div>
    </>
  );
}
