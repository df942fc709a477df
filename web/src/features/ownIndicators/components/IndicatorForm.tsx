import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { aggregations, polarities } from '@tavazon/contract';
import { type FormEvent, useState } from 'react';
import { formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { ImportError } from '../../imports/components/ImportError.tsx';
import { indicatorsQuery } from '../../indicators/api/indicators.ts';
import { type CreateIndicatorInput, createIndicator, type OwnIndicator } from '../api/ownIndicators.ts';

interface IndicatorFormProps {
  set: string;
  onCancel: () => void;
  onCreated: (made: OwnIndicator) => void;
}

type Draft = Omit<CreateIndicatorInput, 'decimals'> & { decimals: string };

/** The definition of a new indicator; the server checks it (its 400 names the field, worded here). */
export function IndicatorForm({ set, onCancel, onCreated }: IndicatorFormProps) {
  const { t, lang } = useI18n();
  const m = t.ownIndicators;
  const f = m.fields;
  const client = useQueryClient();
  const indicators = useQuery(indicatorsQuery);
  // A rate is weighted by a census count (its own denominator, usually the population).
  const weights = (indicators.data ?? []).filter((i) => i.kind === 'census' && i.aggregation === 'sum');
  const [draft, setDraft] = useState<Draft>({
    code: '',
    boundary_set: set,
    name_fa: '',
    name_en: '',
    unit: '',
    polarity: 'higher_better',
    aggregation: 'sum',
    weight_indicator: null,
    description: '',
    source: '',
    licence: '',
    decimals: '1',
  });
  const create = useMutation({
    mutationFn: (input: CreateIndicatorInput) => createIndicator(input),
    onSuccess: (made) => {
      void client.invalidateQueries({ queryKey: ['indicators'] });
      onCreated(made);
    },
  });
  const set_ = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ ...draft, decimals: Number(draft.decimals) });
  };
  const text = (
    key: 'code' | 'name_fa' | 'name_en' | 'unit' | 'source' | 'licence',
    label: string,
    extra: { dir?: 'ltr'; placeholder?: string; required?: boolean } = {},
  ) => (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        className="input"
        name={key}
        data-testid={`indicator-${key}`}
        value={draft[key] ?? ''}
        dir={extra.dir}
        placeholder={extra.placeholder}
        required={extra.required ?? true}
        onChange={(e) => set_(key, e.target.value)}
      />
    </label>
  );
  return (
    <form className="own-indicator-form" data-testid="indicator-form" onSubmit={onSubmit}>
      <div className="import-body">
        <div className="own-indicator-grid">
          {text('name_fa', f.name_fa)}
          {text('name_en', f.name_en, { dir: 'ltr' })}
          {text('code', f.code, { dir: 'ltr', placeholder: f.codeHint })}
          {text('unit', f.unit, { placeholder: f.unitHint })}
          <label className="field">
            <span className="field-label">{f.polarity}</span>
            <select
              className="select"
              name="polarity"
              value={draft.polarity}
              onChange={(e) => set_('polarity', e.target.value as Draft['polarity'])}
            >
              {polarities.map((p) => (
                <option key={p} value={p}>
                  {m.polarities[p]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{f.aggregation}</span>
            <select
              className="select"
              name="aggregation"
              data-testid="indicator-aggregation"
              value={draft.aggregation}
              onChange={(e) => {
                const aggregation = e.target.value as Draft['aggregation'];
                setDraft((d) => ({
                  ...d,
                  aggregation,
                  weight_indicator:
                    aggregation === 'weighted_mean' ? (d.weight_indicator ?? weights[0]?.code ?? null) : null,
                }));
              }}
            >
              {aggregations.map((a) => (
                <option key={a} value={a}>
                  {m.aggregations[a]}
                </option>
              ))}
            </select>
          </label>
          {draft.aggregation === 'weighted_mean' ? (
            <label className="field">
              <span className="field-label">{f.weight}</span>
              <select
                className="select"
                name="weight_indicator"
                value={draft.weight_indicator ?? ''}
                onChange={(e) => set_('weight_indicator', e.target.value)}
              >
                {weights.map((w) => (
                  <option key={w.code} value={w.code}>
                    {localName(lang, w)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label className="field">
            <span className="field-label">{f.decimals}</span>
            <select
              className="select"
              name="decimals"
              value={draft.decimals}
              onChange={(e) => set_('decimals', e.target.value)}
            >
              {[0, 1, 2, 3].map((d) => (
                <option key={d} value={String(d)}>
                  {formatNumber(lang, d)}
                </option>
              ))}
            </select>
          </label>
          {text('source', f.source)}
          {text('licence', f.licence, { required: false })}
        </div>
        <label className="field">
          <span className="field-label">{f.description}</span>
          <textarea
            className="input own-indicator-description"
            name="description"
            data-testid="indicator-description"
            rows={3}
            value={draft.description ?? ''}
            onChange={(e) => set_('description', e.target.value)}
          />
        </label>
        <ImportError error={create.error} />
      </div>
      <div className="import-actions">
        <button
          type="submit"
          className="button button-primary"
          data-testid="indicator-create"
          disabled={create.isPending}
        >
          {create.isPending ? m.creating : m.create}
        </button>
        <button type="button" className="button import-close" onClick={onCancel}>
          {t.close}
        </button>
      </div>
    </form>
  );
}
