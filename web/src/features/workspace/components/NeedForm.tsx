import { currentSet } from '@tavazon/contract';
import { CriteriaFields } from '../../analysis/components/CriteriaFields.tsx';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Indicator } from '../../indicators/api/indicators.ts';
import type { ProvinceCollection } from '../../provinces/api/provinces.ts';
import { ProvinceSelect } from '../../provinces/components/ProvinceSelect.tsx';
import type { WorkspaceState } from '../workspaceState.ts';

interface NeedFormProps {
  state: WorkspaceState;
  onState: (patch: Partial<WorkspaceState>) => void;
  indicators: Indicator[];
  provinces: ProvinceCollection | undefined;
}

/** The need score's definition: scope, criteria (with a direction for neutral ones), weights and method. */
export function NeedForm({ state, onState, indicators, provinces }: NeedFormProps) {
  const { t } = useI18n();
  const w = t.workspace;
  const available = indicators.filter((i) => i.available.some((a) => a.set === currentSet));
  return (
    <div className="workspace-form" data-testid="need-form">
      <div className="field">
        <label className="field-label" htmlFor="workspace-province">
          {w.scope}
        </label>
        <ProvinceSelect
          id="workspace-province"
          testId="workspace-province"
          provinces={provinces}
          value={state.province}
          onChange={(province) => onState({ province, scenario: null, compare: null })}
          allLabel={w.wholeCountry}
        />
      </div>
      <CriteriaFields
        available={available}
        value={state}
        onChange={onState}
        prefix="need"
        legend={w.criteria}
        labels={w}
      />
      {state.indicators.length === 0 ? <p className="analysis-help">{w.pickCriteria}</p> : null}
    </div>
  );
}
